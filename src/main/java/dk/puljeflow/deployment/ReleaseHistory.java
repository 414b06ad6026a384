package dk.puljeflow.deployment;

import dk.puljeflow.deployment.ReleaseOverview.DefinitionVersions;
import dk.puljeflow.deployment.ReleaseOverview.Release;
import dk.puljeflow.deployment.ReleaseOverview.Version;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.ProcessDefinitionStatistics;
import org.camunda.bpm.engine.repository.ResourceDefinition;
import org.springframework.stereotype.Component;

/** Reads the {@link ReleaseOverview} from the engine. */
@Component
public class ReleaseHistory {

  private final RepositoryService repositoryService;
  private final ManagementService managementService;

  public ReleaseHistory(RepositoryService repositoryService, ManagementService managementService) {
    this.repositoryService = repositoryService;
    this.managementService = managementService;
  }

  public ReleaseOverview overview() {
    List<Release> deployments = repositoryService.createDeploymentQuery().orderByDeploymentTime().desc().list().stream()
        .map(d -> new Release(d.getId(), d.getName(), d.getSource(), d.getDeploymentTime().toInstant()))
        .toList();
    // One statistics query (as Cockpit's start page uses) instead of a count per version.
    Map<String, Long> running = managementService.createProcessDefinitionStatisticsQuery().list().stream()
        .collect(Collectors.toMap(ProcessDefinitionStatistics::getId, statistics -> (long) statistics.getInstances()));
    List<DefinitionVersions> processes = byKey(
        repositoryService.createProcessDefinitionQuery()
            .orderByProcessDefinitionKey().asc().orderByProcessDefinitionVersion().desc().list(),
        definition -> running.getOrDefault(definition.getId(), 0L));
    List<DefinitionVersions> decisions = byKey(
        repositoryService.createDecisionDefinitionQuery()
            .orderByDecisionDefinitionKey().asc().orderByDecisionDefinitionVersion().desc().list(),
        definition -> null);
    return new ReleaseOverview(deployments, processes, decisions);
  }

  /** Groups definitions sorted by key and newest version first; the name is the newest version's. */
  private static <D extends ResourceDefinition> List<DefinitionVersions> byKey(List<D> definitions, Function<D, Long> running) {
    Map<String, List<D>> grouped = definitions.stream()
        .collect(Collectors.groupingBy(ResourceDefinition::getKey, LinkedHashMap::new, Collectors.toList()));
    List<DefinitionVersions> result = new ArrayList<>();
    grouped.forEach((key, versions) -> result.add(new DefinitionVersions(key, versions.get(0).getName(), versions.stream()
        .map(d -> new Version(d.getVersion(), d.getId(), d.getDeploymentId(), running.apply(d)))
        .toList())));
    return result;
  }
}

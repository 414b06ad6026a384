package dk.puljeflow.deployment;

import dk.puljeflow.deployment.DeploymentOutcome.DeployedDefinition;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deploys the model files as one named set. When any file differs from the latest release the whole
 * set is deployed again, so call activities, forms and decisions bound to {@code deployment} always
 * meet partners of the same release; when nothing differs nothing is deployed. The engine's duplicate
 * filter makes the final comparison under its deployment lock, which keeps two nodes starting at once
 * from deploying the same release twice.
 */
@Component
public class ModelSetDeployer {

  private static final Logger log = LoggerFactory.getLogger(ModelSetDeployer.class);
  static final String SOURCE = "puljeflow-models";

  private final RepositoryService repositoryService;
  private final ModelValidator validator;
  private final ModelProperties properties;

  public ModelSetDeployer(RepositoryService repositoryService, ModelValidator validator, ModelProperties properties) {
    this.repositoryService = repositoryService;
    this.validator = validator;
    this.properties = properties;
  }

  public DeploymentOutcome deploy(ModelSet set) {
    if (set.isEmpty()) {
      log.warn("No BPMN, DMN or form files found; nothing deployed");
      return new DeploymentOutcome(false, null, List.of(), List.of());
    }
    Deployment previous = latestRelease();
    List<String> changed = changedFiles(set, previous);
    if (!changed.isEmpty()) {
      // An unchanged set passed this check when it was deployed; parsing it again cost a second of every start.
      validator.validate(set);
    }

    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(properties.deploymentName())
        .source(SOURCE)
        .enableDuplicateFiltering(false);
    set.files().forEach((name, bytes) -> builder.addInputStream(name, new ByteArrayInputStream(bytes)));
    Deployment deployment = deployOrExplain(builder, set);

    boolean deployed = previous == null || !previous.getId().equals(deployment.getId());
    if (deployed) {
      log.info("Deployed release {} ({} files; changed: {})", deployment.getId(), set.files().size(), changed);
    } else {
      log.info("Models unchanged since release {}; nothing deployed", deployment.getId());
    }
    return new DeploymentOutcome(deployed, deployment.getId(), deployed ? changed : List.of(), definitionsOf(deployment));
  }

  private List<DeployedDefinition> definitionsOf(Deployment deployment) {
    Stream<DeployedDefinition> processes = repositoryService.createProcessDefinitionQuery()
        .deploymentId(deployment.getId()).orderByProcessDefinitionKey().asc().list().stream()
        .map(definition -> new DeployedDefinition("process", definition.getKey(), definition.getVersion(), definition.getId()));
    Stream<DeployedDefinition> decisions = repositoryService.createDecisionDefinitionQuery()
        .deploymentId(deployment.getId()).orderByDecisionDefinitionKey().asc().list().stream()
        .map(definition -> new DeployedDefinition("decision", definition.getKey(), definition.getVersion(), definition.getId()));
    return Stream.concat(processes, decisions).toList();
  }

  private Deployment deployOrExplain(DeploymentBuilder builder, ModelSet set) {
    try {
      return builder.deploy();
    } catch (ParseException e) {
      List<ModelProblem> problems = e.getResorceReports().stream()
          .flatMap(report -> report.getErrors().stream().map(problem -> toProblem(report.getResourceName(), problem)))
          .toList();
      throw new InvalidModelException(problems.isEmpty() ? List.of(new ModelProblem("?", 0, e.getMessage())) : problems, e);
    } catch (ProcessEngineException e) {
      // E.g. a DMN table the DMN engine cannot transform: the engine names the file only in its message
      // ("Unable to transform DMN resource 'processes/x.dmn'") and the reason only in the causes.
      String file = set.files().keySet().stream()
          .filter(name -> String.valueOf(e.getMessage()).contains("'" + name + "'"))
          .findFirst().orElse("(deployment)");
      throw new InvalidModelException(List.of(new ModelProblem(file, 0, messagesOf(e))), e);
    }
  }

  private static String messagesOf(Throwable error) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && messages.indexOf(message) < 0) {
        messages.append(messages.isEmpty() ? "" : " ").append(message);
      }
    }
    return messages.toString();
  }

  private static ModelProblem toProblem(String resource, Problem problem) {
    String element = problem.getMainElementId() == null ? "" : " [" + problem.getMainElementId() + "]";
    return new ModelProblem(resource, problem.getLine(), problem.getMessage() + element);
  }

  private Deployment latestRelease() {
    List<Deployment> latest = repositoryService.createDeploymentQuery()
        .deploymentName(properties.deploymentName())
        .deploymentSource(SOURCE)
        .orderByDeploymentTime().desc()
        .listPage(0, 1);
    return latest.isEmpty() ? null : latest.get(0);
  }

  private List<String> changedFiles(ModelSet set, Deployment previous) {
    Map<String, byte[]> deployed = previous == null ? Map.of() : resourcesOf(previous);
    return set.files().entrySet().stream()
        .filter(file -> !Arrays.equals(file.getValue(), deployed.get(file.getKey())))
        .map(Map.Entry::getKey)
        .toList();
  }

  private Map<String, byte[]> resourcesOf(Deployment deployment) {
    Map<String, byte[]> resources = new HashMap<>();
    for (Resource resource : repositoryService.getDeploymentResources(deployment.getId())) {
      try (InputStream in = repositoryService.getResourceAsStream(deployment.getId(), resource.getName())) {
        resources.put(resource.getName(), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return resources;
  }
}

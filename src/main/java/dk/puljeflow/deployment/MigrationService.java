package dk.puljeflow.deployment;

import dk.puljeflow.deployment.MigrationReport.InstanceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves the running instances of one process key between versions with the engine's migration API,
 * mapping activities with equal ids. Only instances of that key move: a case's called stage processes
 * (threePartySignature, decision, ...) are instances of their own keys and stay where they are until
 * they are migrated by their own key.
 *
 * <p>Timers and message subscriptions keep their triggers (no {@code updateEventTriggers()}): a duration
 * timer such as the signature reminder would otherwise start counting again at the migration.
 */
@Component
public class MigrationService {

  private static final Logger log = LoggerFactory.getLogger(MigrationService.class);

  private final RepositoryService repositoryService;
  private final RuntimeService runtimeService;
  private final TransactionTemplate ownTransaction;

  public MigrationService(RepositoryService repositoryService, RuntimeService runtimeService,
      PlatformTransactionManager transactionManager) {
    this.repositoryService = repositoryService;
    this.runtimeService = runtimeService;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public MigrationReport migrate(MigrationRequest request) {
    List<ProcessDefinition> versions = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(request.processKey()).orderByProcessDefinitionVersion().asc().list();
    ProcessDefinition source = version(versions, request.fromVersion());
    ProcessDefinition target = version(versions, request.toVersion());
    checkRequest(request, versions, source, target);

    MigrationPlan plan;
    try {
      plan = runtimeService.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
    } catch (MigrationPlanValidationException e) {
      List<String> problems = e.getValidationReport().getInstructionReports().stream()
          .flatMap(report -> report.getFailures().stream().map(failure -> report.getMigrationInstruction().getSourceActivityId()
              + " -> " + report.getMigrationInstruction().getTargetActivityId() + ": " + failure))
          .toList();
      return new MigrationReport(request.processKey(), request.fromVersion(), request.toVersion(), request.dryRunRequested(),
          0, 0, 0, List.of(), List.of(), problems.isEmpty() ? List.of(e.getMessage()) : problems);
    }

    List<ProcessInstance> instances = runtimeService.createProcessInstanceQuery().processDefinitionId(source.getId()).list();
    List<InstanceProblem> blocked = new ArrayList<>();
    SortedSet<String> unmapped = new TreeSet<>();
    int movable = 0;
    for (ProcessInstance instance : instances) {
      try {
        migrateOne(plan, instance, request.dryRunRequested());
        movable++;
      } catch (MigratingProcessInstanceValidationException e) {
        blocked.add(new InstanceProblem(instance.getId(), instance.getBusinessKey(), failures(e.getValidationReport(), unmapped)));
      } catch (ProcessEngineException e) {
        // E.g. the instance ended or changed while we were at it.
        blocked.add(new InstanceProblem(instance.getId(), instance.getBusinessKey(), List.of(e.getMessage())));
      }
    }
    MigrationReport report = new MigrationReport(request.processKey(), request.fromVersion(), request.toVersion(),
        request.dryRunRequested(), instances.size(), movable, request.dryRunRequested() ? 0 : movable, List.copyOf(unmapped), blocked, List.of());
    log.info(report.summary());
    return report;
  }

  /**
   * One instance per transaction, so one instance that cannot move does not hold back the others. The
   * engine's migration has no dry run; a dry run here is the real migration, rolled back, so it checks
   * exactly what the real run would (instance state included), not an approximation of it.
   */
  private void migrateOne(MigrationPlan plan, ProcessInstance instance, boolean dryRun) {
    ownTransaction.executeWithoutResult(status -> {
      runtimeService.newMigration(plan).processInstanceIds(instance.getId()).execute();
      if (dryRun) {
        status.setRollbackOnly();
      }
    });
  }

  private static List<String> failures(MigratingProcessInstanceValidationReport report, SortedSet<String> unmapped) {
    List<String> failures = new ArrayList<>(report.getFailures());
    report.getActivityInstanceReports().forEach(activity -> {
      activity.getFailures().forEach(failure -> failures.add(activity.getSourceScopeId() + ": " + failure));
      if (activity.getMigrationInstruction() == null) {
        unmapped.add(activity.getSourceScopeId());
      }
    });
    report.getTransitionInstanceReports().forEach(transition -> {
      transition.getFailures().forEach(failure -> failures.add(transition.getSourceScopeId() + ": " + failure));
      if (transition.getMigrationInstruction() == null) {
        unmapped.add(transition.getSourceScopeId());
      }
    });
    return failures;
  }

  private static void checkRequest(MigrationRequest request, List<ProcessDefinition> versions,
      ProcessDefinition source, ProcessDefinition target) {
    Map<String, String> errors = new TreeMap<>();
    if (versions.isEmpty()) {
      errors.put("processKey", "no process with key '" + request.processKey() + "' is deployed");
    } else {
      String deployed = " (deployed: " + String.join(", ", versions.stream().map(v -> String.valueOf(v.getVersion())).toList()) + ")";
      if (source == null) {
        errors.put("fromVersion", request.processKey() + " has no version " + request.fromVersion() + deployed);
      }
      if (target == null) {
        errors.put("toVersion", request.processKey() + " has no version " + request.toVersion() + deployed);
      }
    }
    if (request.fromVersion().equals(request.toVersion())) {
      errors.putIfAbsent("toVersion", "must differ from fromVersion");
    }
    if (!errors.isEmpty()) {
      throw new InvalidMigrationException(errors);
    }
  }

  private static ProcessDefinition version(List<ProcessDefinition> versions, int version) {
    return versions.stream().filter(definition -> definition.getVersion() == version).findFirst().orElse(null);
  }
}

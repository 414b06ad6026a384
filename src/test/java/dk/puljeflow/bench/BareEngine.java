package dk.puljeflow.bench;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.FixedFactsHistory;
import dk.puljeflow.database.EngineIndexes;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

/**
 * A bare Camunda engine for the lifecycle reference: in-memory H2 with no application tables, the
 * same models and forms, the job executor off, and a no-op stand-in for every delegate and listener
 * bean the models name. Where a model reads a variable the application's delegate sets (timer
 * dates, routing values, DMN facts), the stand-in sets the same value, so both engines walk the
 * same path through the same user tasks, timers, call activities and decision tables.
 */
final class BareEngine {

  private static final Pattern BEAN = Pattern.compile("\\$\\{(\\w+(?:Delegate|Listener))\\}");

  /** Same seed-pool values as pools.yaml's kl-ds-mentor. */
  static final int SIGNATURE_EXPIRY_DAYS = 14;
  static final int SIGNATURE_REMINDER_DAYS = 5;
  static final int DECISION_DEADLINE_DAYS = 14;
  static final int ESCALATION_DAYS = 10;
  static final int CONTRACT_DEADLINE_DAYS = 14;

  private BareEngine() {}

  /** Project dates of the cases of the current run (all cases of a run are submitted the same day). */
  static volatile LocalDate projectStart;
  static volatile LocalDate projectEnd;

  /**
   * @param engineIndexes the application's own engine tuning ({@link EngineIndexes}: two indexes, jobs with a
   *     due date; {@link FixedFactsHistory}: no creation detail for a case's fixed facts), so that a ratio
   *     measures the application's work rather than an index or history rows only one side has
   */
  static ProcessEngine start(String history, boolean engineIndexes, Path processesDir, Path formsDir) throws IOException {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("bare-" + UUID.randomUUID());
    configuration.setJdbcUrl("jdbc:h2:mem:bare-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128");
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setHistory(history);
    configuration.setJobExecutorActivate(false);
    configuration.setIdGenerator(new StrongUuidGenerator());
    configuration.setDefaultSerializationFormat("application/json");
    configuration.setEnforceHistoryTimeToLive(true);
    configuration.setJdbcMaxActiveConnections(20);
    configuration.getProcessEnginePlugins().add(new SpinProcessEnginePlugin());
    if (engineIndexes) {
      configuration.getProcessEnginePlugins().add(new EngineIndexes());
      configuration.getProcessEnginePlugins().add(new FixedFactsHistory());
    }
    configuration.setBeans(beans(processesDir));
    ProcessEngine engine = configuration.buildProcessEngine();

    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("bare");
    for (Path dir : List.of(processesDir, formsDir)) {
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.filter(f -> f.toString().matches(".*\\.(bpmn|dmn|form)$")).sorted().toList()) {
          deployment.addInputStream(dir.getFileName() + "/" + file.getFileName(),
              new ByteArrayInputStream(Files.readAllBytes(file)));
        }
      }
    }
    deployment.deploy();
    return engine;
  }

  /** The variables ApplicationRegistry.processVariables gives a kl-ds-mentor case. */
  static Map<String, Object> startVariables(long applicationId, String number) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("applicationId", applicationId);
    variables.put("applicationNumber", number);
    variables.put("poolName", "Nøglen til en god start (KL/DS)");
    variables.put("applicantName", "Jobcenter Vest");
    variables.put("caseworkerGroup", "caseworker-kl-ds-mentor");
    variables.put("usesContract", true);
    variables.put("usesMidwayMeeting", true);
    variables.put("usesFinalEvaluation", true);
    variables.put("payoutStages", 2);
    variables.put("eligibilityDecision", "eligibilityKlDsMentor");
    variables.put("caseSummary", "Ansøgning " + number + " til Nøglen til en god start (KL/DS)\n"
        + "Ansøger: Jobcenter Vest\nAktivitet: Mentorordning for to nyuddannede socialrådgivere\nBeløb: 40.000 kr.");
    return variables;
  }

  private static Map<Object, Object> beans(Path processesDir) throws IOException {
    Map<Object, Object> beans = new HashMap<>();
    for (String name : beanNames(processesDir)) {
      beans.put(name, NO_OP);
    }
    beans.put("signatureRequests", new Signatures());
    beans.put("eligibilityFactsListener", (ExecutionListener) BareEngine::eligibilityFacts);
    beans.put("recordEligibilityDelegate", (JavaDelegate) execution -> {
      Object reasons = execution.getVariable("ineligibilityReasons");
      execution.removeVariable("ineligibilityReasons");
      execution.setVariable("eligible", !(reasons instanceof List<?> list) || list.isEmpty());
    });
    beans.put("requestSignaturesDelegate", (JavaDelegate) execution -> {
      execution.setVariable("signatureExpiresAt", Date.from(now().plus(Duration.ofDays(SIGNATURE_EXPIRY_DAYS))));
      execution.setVariable("signatureReminderAfter", Duration.ofDays(SIGNATURE_REMINDER_DAYS).toString());
      execution.setVariable("signatureDeclined", false);
    });
    beans.put("recordSignatureListener", (TaskListener) task -> {
      if ("DECLINE".equals(task.getVariable("signatureAnswer"))) {
        task.getExecution().getProcessInstance().setVariable("signatureDeclined", true);
      }
    });
    beans.put("recordFullSignatureDelegate", (JavaDelegate) execution -> execution.setVariable("signatureOutcome", "SIGNED"));
    beans.put("startDecisionClockDelegate", (JavaDelegate) execution -> {
      Instant submittedAt = now();
      execution.setVariable("decisionDueAt", Date.from(submittedAt.plus(Duration.ofDays(DECISION_DEADLINE_DAYS))));
      execution.setVariable("escalationAt", Date.from(submittedAt.plus(Duration.ofDays(ESCALATION_DAYS))));
    });
    beans.put("drawUpContractDelegate", (JavaDelegate) execution ->
        execution.setVariable("contractDeadline", Date.from(now().plus(Duration.ofDays(CONTRACT_DEADLINE_DAYS)))));
    beans.put("scheduleMidwayMeetingDelegate", (JavaDelegate) execution -> {
      LocalDate midpoint = projectStart.plusDays(java.time.temporal.ChronoUnit.DAYS.between(projectStart, projectEnd) / 2);
      Instant meetingAt = midpoint.atTime(LocalTime.of(10, 0)).atZone(EngineTime.ZONE).toInstant();
      execution.setVariable("meetingAt", Date.from(meetingAt));
      execution.setVariable("invitationAt", Date.from(meetingAt.minus(Duration.ofDays(14))));
      execution.setVariable("meetingReminderAt", Date.from(meetingAt.minus(Duration.ofDays(2))));
      execution.setVariable("meetingRecordDueAt", Date.from(meetingAt.plus(Duration.ofDays(7))));
    });
    beans.put("scheduleEvaluationDelegate", (JavaDelegate) execution -> {
      Instant endsAt = projectEnd.atTime(LocalTime.of(9, 0)).atZone(EngineTime.ZONE).toInstant();
      execution.setVariable("evaluationAt", Date.from(endsAt));
      execution.setVariable("evaluationReminderAt", Date.from(endsAt.plus(Duration.ofDays(7))));
      execution.setVariable("evaluationDueAt", Date.from(endsAt.plus(Duration.ofDays(14))));
    });
    return beans;
  }

  /** Every ${...Delegate} and ${...Listener} the models name. */
  static TreeSet<String> beanNames(Path processesDir) throws IOException {
    TreeSet<String> names = new TreeSet<>();
    try (Stream<Path> files = Files.list(processesDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        Matcher matcher = BEAN.matcher(Files.readString(file));
        while (matcher.find()) {
          names.add(matcher.group(1));
        }
      }
    }
    return names;
  }

  /** The facts EligibilityFactsListener hands the DMN for the bench's mentor application, transient and local. */
  private static void eligibilityFacts(DelegateExecution execution) {
    execution.setVariableLocal("requestedAmount", Variables.doubleValue(40000.0, true));
    execution.setVariableLocal("activityCategory", Variables.stringValue(null, true));
    execution.setVariableLocal("offeredByMunicipality", Variables.booleanValue(null, true));
    execution.setVariableLocal("daysBeforeLeaving", Variables.integerValue(null, true));
    execution.setVariableLocal("withinReleasePeriod", Variables.booleanValue(false, true));
    execution.setVariableLocal("buyoutHours", Variables.integerValue(74, true));
    execution.setVariableLocal("newlyGraduatedSocialWorkers", Variables.integerValue(2, true));
    execution.setVariableLocal("medCommitteeInformed", Variables.booleanValue(true, true));
    execution.setVariableLocal("coordinatorNamed", Variables.booleanValue(true, true));
    execution.setVariableLocal("workingGroupNamed", Variables.booleanValue(true, true));
    execution.setVariableLocal("employedInJobCentre", Variables.booleanValue(null, true));
    execution.setVariableLocal("moduleLevel", Variables.stringValue(null, true));
    execution.setVariableLocal("moduleCount", Variables.integerValue(0, true));
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private static final NoOp NO_OP = new NoOp();

  /** Stands in for every delegate and listener that only does application work. */
  static final class NoOp implements JavaDelegate, ExecutionListener, TaskListener {
    @Override
    public void execute(DelegateExecution execution) {}

    @Override
    public void notify(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}
  }

  /** The mentor pool's signers: the workplace's manager and the union representative, both with accounts. */
  public static final class Signatures {
    public List<String> rolesToSign(Long applicationId) {
      return List.of("NEAREST_MANAGER", "UNION_REP");
    }

    public String assigneeOf(Long applicationId, String role) {
      return "NEAREST_MANAGER".equals(role) ? "nearestmanager" : "unionrep";
    }

    public String reporterOf(Long applicationId) {
      return assigneeOf(applicationId, "NEAREST_MANAGER");
    }
  }
}

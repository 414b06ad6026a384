package dk.puljeflow;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.ApplicationService;
import dk.puljeflow.application.CaseEvent;
import dk.puljeflow.application.CaseEventRepository;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.GrantApplicationRepository;
import dk.puljeflow.application.SchemeDetails;
import dk.puljeflow.security.Groups;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the process tests: the whole application with the real models, the job executor off so a
 * test runs jobs itself, and time moved on the engine clock, never slept. All process tests share
 * one Spring context; process test coverage is recorded for each class. The context runs on H2, or on
 * PostgreSQL under the Maven profile {@code postgres} (see {@link TestDatabase}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles(resolver = TestDatabase.Profiles.class)
@ExtendWith(TestDatabase.class)
@Import(ProcessEngineCoverageConfiguration.class)
public abstract class ProcessTest {

  protected static final String TRYGHED = "tryghedspuljen";
  protected static final String MENTOR = "kl-ds-mentor";
  protected static final String STAR = "star-upskilling";
  /** Each seed pool's caseworker group (pools.yaml): only its members are offered the pool's tasks. */
  protected static final String TRYGHED_CASEWORKERS = "caseworker-tryghedspuljen";
  protected static final String MENTOR_CASEWORKERS = "caseworker-kl-ds-mentor";
  protected static final String STAR_CASEWORKERS = "caseworker-star-upskilling";
  /** The role group and every seed pool's group: a caseworker who handles every pool, like the demo's. */
  protected static final String[] CASEWORKER_OF_EVERY_POOL =
      {Groups.CASEWORKER, TRYGHED_CASEWORKERS, MENTOR_CASEWORKERS, STAR_CASEWORKERS};

  @Autowired protected ProcessEngine engine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected ManagementService managementService;
  @Autowired protected ApplicationService applications;
  @Autowired protected GrantApplicationRepository applicationRepository;
  @Autowired protected CaseEventRepository caseEventRepository;

  @BeforeEach
  void useThisEngine() {
    AbstractAssertions.init(engine);
    ClockUtil.reset();
  }

  /**
   * Ends every case the test left running: all process tests share one engine, and a later test that
   * moves the clock by months would otherwise fire this test's timers.
   */
  @AfterEach
  void endCasesLeftRunning() {
    engine.getIdentityService().clearAuthentication();
    runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
        .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test finished", true, true));
    ClockUtil.reset();
  }

  // --- applications ---------------------------------------------------------------------------

  protected static ApplicationRequest request(String poolId) {
    LocalDate today = EngineTime.today();
    return switch (poolId) {
      case MENTOR -> new ApplicationRequest(MENTOR, "Mette Mentor", "mette@kommune.dk", null, "Jobcenter Vest",
          "Niels Nærmeste", "niels@kommune.dk", "nearestmanager", "Tina Tillid", "tina@dsr.dk", "unionrep",
          "Mentorordning for to nyuddannede socialrådgivere", new BigDecimal("40000"), 74, 20,
          today.plusDays(30), today.plusDays(270), null,
          new SchemeDetails(null, null, null, null, 2, true, "Mette Mentor", "Leder, tillidsrepræsentant og to socialrådgivere", null, null, null));
      case STAR -> new ApplicationRequest(STAR, "Anna Ansøger", "anna@jobcenter.dk", "applicant", "Jobcenter Nord",
          "Niels Nærmeste", "niels@kommune.dk", "nearestmanager", null, null, null,
          "Diplommodul i beskæftigelsesindsats", new BigDecimal("20000"), null, null,
          today.plusDays(20), today.plusDays(120), null,
          new SchemeDetails(null, null, null, null, null, null, null, null, true, "DIPLOMA", 1));
      default -> new ApplicationRequest(TRYGHED, "Anna Ansøger", "anna@example.dk", "applicant", "Odense Kommune",
          "Niels Nærmeste", "niels@kommune.dk", "nearestmanager", "Tina Tillid", "tina@foa.dk", "unionrep",
          "Karrieresparring og kursus i projektledelse", new BigDecimal("8000"), null, null,
          today.plusDays(10), today.plusDays(100), today.plusDays(60),
          new SchemeDetails("CAREER_SPARRING", false, false, null, null, null, null, null, null, null, null));
    };
  }

  protected GrantApplication submit(String poolId) {
    return applications.submit(request(poolId));
  }

  protected GrantApplication reload(GrantApplication application) {
    return applicationRepository.findById(application.getId()).orElseThrow();
  }

  /** The case event log of an application, oldest first. */
  protected List<CaseEvent> events(GrantApplication application) {
    return caseEventRepository.findByApplicationIdOrderByOccurredAtAscIdAsc(application.getId());
  }

  /** The first event of this type in the case event log. */
  protected CaseEvent event(GrantApplication application, String type) {
    return events(application).stream().filter(e -> e.getEventType().equals(type)).findFirst().orElseThrow();
  }

  // --- process instances and tasks -----------------------------------------------------------

  protected ProcessInstance mainProcess(GrantApplication application) {
    return runtimeService.createProcessInstanceQuery().processInstanceId(reload(application).getProcessInstanceId())
        .singleResult();
  }

  /** The running stage process of this case (a call activity's child), or null. */
  protected ProcessInstance stage(GrantApplication application, String processKey) {
    return runtimeService.createProcessInstanceQuery()
        .processInstanceBusinessKey(reload(application).getApplicationNumber())
        .processDefinitionKey(processKey)
        .singleResult();
  }

  protected List<Task> tasks(GrantApplication application, String taskKey) {
    return taskService.createTaskQuery()
        .processInstanceBusinessKey(reload(application).getApplicationNumber())
        .taskDefinitionKey(taskKey)
        .list();
  }

  protected Task task(GrantApplication application, String taskKey) {
    List<Task> found = tasks(application, taskKey);
    if (found.size() != 1) {
      throw new AssertionError("Expected one open task " + taskKey + " but found " + found.size());
    }
    return found.get(0);
  }

  protected void complete(GrantApplication application, String taskKey, Map<String, Object> variables) {
    taskService.complete(task(application, taskKey).getId(), variables);
    runDueJobs();
  }

  // --- time and jobs ---------------------------------------------------------------------------

  /** Runs every job due now, as the job executor would, until none is left (bounded). */
  protected void runDueJobs() {
    runDueJobsObserving(() -> { });
  }

  /** As {@link #runDueJobs()}, looking at the engine's state before each job (and once no job is due). */
  protected void runDueJobsObserving(Runnable beforeEachJob) {
    for (int round = 0; round < 200; round++) {
      beforeEachJob.run();
      // One at a time: a job may cancel others (an interrupting timer removes its siblings).
      List<Job> due = managementService.createJobQuery().executable().orderByJobDuedate().asc().listPage(0, 1);
      if (due.isEmpty()) {
        return;
      }
      managementService.executeJob(due.get(0).getId());
    }
    throw new AssertionError("Jobs keep becoming due: a loop in the model?");
  }

  protected void moveClockTo(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
    runDueJobs();
  }

  protected void moveClockBy(Duration duration) {
    moveClockTo(EngineTime.now().plus(duration));
  }

  // --- stage steps shared by the process tests --------------------------------------------------

  protected void signAll(GrantApplication application) {
    runDueJobs();
    for (Task signature : tasks(application, "SignApplication")) {
      taskService.complete(signature.getId(), withVariables("signatureAnswer", "SIGN"));
    }
    runDueJobs();
  }

  protected void approve(GrantApplication application, String amount) {
    complete(application, "AssessApplication",
        withVariables("decision", "APPROVED", "grantedAmount", amount, "grantedHours", 74, "decisionReason", "Opfylder kriterierne"));
  }

  protected void reportAndPay(GrantApplication application, String costs, String approved) {
    complete(application, "ReportUse", withVariables("reportedCosts", costs, "usedHours", 30));
    complete(application, "ApprovePayout", withVariables("approvedAmount", approved));
  }
}

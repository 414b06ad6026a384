package dk.puljeflow.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseEvent;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.signature.SignerRole;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * decision.bpmn: the caseworker decides within the pool's deadline after full signature (14 days,
 * to the second), may ask the applicant for more without stopping the clock, is joined by managers
 * at the escalation day, and a missed deadline is recorded as an SLA breach while the case goes on.
 */
class DecisionProcessTest extends ProcessTest {

  private static final String DECISION = "decision";
  private static final String ASSESS = "AssessApplication";
  private static final String PROVIDE = "ProvideInformation";

  @Autowired SlaBreachRepository slaBreaches;
  @Autowired PoolRepository pools;

  // --- the assessment task and the clock ---------------------------------------------------------

  @Test
  void assessmentGoesToThePoolsCaseworkersAndIsDueFourteenDaysAfterFullSignature() {
    GrantApplication application = fullySigned(TRYGHED);
    ProcessInstance decision = stage(application, DECISION);
    Instant submittedAt = application.getSubmittedAt();
    Instant dueAt = submittedAt.plus(Duration.ofDays(14));

    assertThat(decision).hasPassed("DecisionRequested", "StartDecisionClock", "AssessmentStarted", "AssessmentLoop")
        .isWaitingAt(ASSESS);
    assertThat(decision).hasBusinessKey(application.getApplicationNumber());
    assertThat(application.getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(application.getDecisionDueAt()).isEqualTo(dueAt);
    assertThat(decision).variables()
        .containsEntry("decisionDueAt", Date.from(dueAt))
        .containsEntry("escalationAt", Date.from(submittedAt.plus(Duration.ofDays(10))));

    Task assessment = task(application, ASSESS);
    assertThat(assessment).hasName("Vurder ansøgning – " + application.getApplicationNumber()).isNotAssigned().hasCandidateGroup(TRYGHED_CASEWORKERS);
    assertThat(candidateGroups(assessment)).containsExactly(TRYGHED_CASEWORKERS);
    assertThat(assessment.getDueDate().toInstant()).isEqualTo(dueAt);
    assertThat(assessment.getPriority()).isEqualTo(Task.PRIORITY_NORMAL);

    // The deadline timer is due exactly submittedAt + 14 days, the escalation timer at + 10 days.
    assertThat(timer(decision, "DecisionDeadlinePassed").getDuedate().toInstant())
        .isEqualTo(dueAt)
        .isEqualTo(reload(application).getDecisionDueAt());
    assertThat(timer(decision, "EscalationDue").getDuedate().toInstant())
        .isEqualTo(submittedAt.plus(Duration.ofDays(10)));
  }

  @Test
  void assessmentGoesToTheCaseworkerGroupAndDeadlinesOfItsOwnPool() {
    Pool pool = testPool(new BigDecimal("10000"));
    GrantApplication application = fullySigned(applicationTo(pool, "10000"));
    ProcessInstance decision = stage(application, DECISION);
    Instant submittedAt = application.getSubmittedAt();

    Task assessment = task(application, ASSESS);
    assertThat(candidateGroups(assessment)).containsExactly("tilskud-sagsbehandlere");
    assertThat(assessment.getDueDate().toInstant()).isEqualTo(submittedAt.plus(Duration.ofDays(21)));
    assertThat(application.getDecisionDueAt()).isEqualTo(submittedAt.plus(Duration.ofDays(21)));
    assertThat(timer(decision, "DecisionDeadlinePassed").getDuedate().toInstant())
        .isEqualTo(submittedAt.plus(Duration.ofDays(21)));
    assertThat(timer(decision, "EscalationDue").getDuedate().toInstant())
        .isEqualTo(submittedAt.plus(Duration.ofDays(15)));
  }

  // --- decisions -------------------------------------------------------------------------------

  @Test
  void approvalRecordsAmountHoursAndReasonAndEndsTheStage() {
    GrantApplication application = fullySigned(TRYGHED);
    ProcessInstance decision = stage(application, DECISION);
    ProcessInstance main = mainProcess(application);
    Instant decidedAt = application.getSubmittedAt().plus(Duration.ofDays(3));
    moveClockTo(decidedAt);

    assess(application, withVariables(
        "decision", "APPROVED", "grantedAmount", 7500, "grantedHours", 74, "decisionReason", "Opfylder kriterierne"));

    assertThat(decision)
        .hasPassed("DecisionRequested", "StartDecisionClock", "Assessment", "AssessmentStarted", "AssessmentLoop", ASSESS,
            "AssessmentOutcomeGateway", "AssessmentCompleted", "RecordDecision", "Decided")
        .hasNotPassed("RequestMoreInformation", PROVIDE, "ResumeAssessment", "EscalationDue", "EscalateToManager",
            "DecisionDeadlinePassed", "RecordSlaBreach")
        .isEnded();
    assertThat(main).variables().containsEntry("decision", "APPROVED");
    assertThat(main).hasPassed("ReserveGrant").isWaitingAt("FirstPayout");

    GrantApplication approved = reload(application);
    assertThat(approved.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(approved.getDecidedAt()).isEqualTo(decidedAt);
    assertThat(approved.getGrantedAmount()).isEqualByComparingTo("7500");
    assertThat(approved.getGrantedHours()).isEqualTo(74);
    assertThat(approved.getDecisionReason()).isEqualTo("Opfylder kriterierne");
    assertThat(approved.getClosedAt()).isNull();
    assertThat(tasks(application, ASSESS)).isEmpty();
    assertThat(managementService.createJobQuery().processInstanceId(decision.getId()).count()).isZero();

    // The deadline timers went with the assessment: passing the deadline now records nothing.
    moveClockTo(approved.getDecisionDueAt().plus(Duration.ofDays(1)));
    assertThat(slaBreaches.findByApplicationId(application.getId())).isEmpty();
    assertThat(eventTypes(application)).doesNotContain("ESCALATED", "SLA_BREACHED");
  }

  @Test
  void rejectionWithAReasonClosesTheCase() {
    GrantApplication application = fullySigned(TRYGHED);
    ProcessInstance decision = stage(application, DECISION);
    ProcessInstance main = mainProcess(application);
    Instant decidedAt = application.getSubmittedAt().plus(Duration.ofDays(5)).plusSeconds(42);
    moveClockTo(decidedAt);

    assess(application, withVariables("decision", "REJECTED", "decisionReason", "Aktiviteten er ikke omfattet af puljen"));

    assertThat(decision).hasPassed("AssessmentOutcomeGateway", "AssessmentCompleted", "RecordDecision", "Decided")
        .hasNotPassed("RequestMoreInformation")
        .isEnded();
    assertThat(main).variables().containsEntry("decision", "REJECTED");
    assertThat(main).hasPassed("Rejected").isEnded();

    GrantApplication rejected = reload(application);
    assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(rejected.getDecidedAt()).isEqualTo(decidedAt);
    assertThat(rejected.getClosedAt()).isEqualTo(decidedAt);
    assertThat(rejected.getDecisionReason()).isEqualTo("Aktiviteten er ikke omfattet af puljen");
    assertThat(rejected.getGrantedAmount()).isNull();
    assertThat(rejected.getGrantedHours()).isNull();
    assertThat(events(application)).filteredOn(event -> event.getEventType().equals("REJECTED")).singleElement()
        .satisfies(event -> {
          assertThat(event.getDetail()).isEqualTo("Aktiviteten er ikke omfattet af puljen");
          assertThat(event.getOccurredAt()).isEqualTo(decidedAt);
        });
  }

  // --- more information ------------------------------------------------------------------------

  @Test
  void moreInformationGoesToTheApplicantAndTheAnswerBackToTheCaseworker() {
    GrantApplication application = fullySigned(TRYGHED);
    ProcessInstance decision = stage(application, DECISION);
    Instant dueAt = application.getDecisionDueAt();
    moveClockTo(application.getSubmittedAt().plus(Duration.ofDays(1)));

    assess(application, withVariables("decision", "MORE_INFO", "decisionReason", "Send venligst et budget for kurset"));

    assertThat(decision).hasPassed("AssessmentOutcomeGateway", "RequestMoreInformation").isWaitingAt(PROVIDE);
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.MORE_INFORMATION_REQUESTED);
    assertThat(tasks(application, ASSESS)).isEmpty();
    Task question = task(application, PROVIDE);
    assertThat(question).hasName("Giv supplerende oplysninger – " + application.getApplicationNumber()).isAssignedTo("applicant")
        .hasCandidateGroupAssociated("signer");
    assertThat(events(application)).extracting(CaseEvent::getEventType, CaseEvent::getDetail)
        .contains(tuple("MORE_INFORMATION_REQUESTED", "Send venligst et budget for kurset"));

    // An empty answer is refused and the question stays with the applicant.
    assertThatThrownBy(() -> taskService.complete(question.getId(), withVariables("additionalInformation", "  ")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("The information asked for is required");
    assertThat(task(application, PROVIDE).getId()).isEqualTo(question.getId());
    assertThat(reload(application).getAdditionalInformation()).isNull();

    moveClockTo(application.getSubmittedAt().plus(Duration.ofDays(4)));
    complete(application, PROVIDE, withVariables("additionalInformation", "Budget: kursus 6.000 kr., materialer 2.000 kr."));

    assertThat(decision).hasPassed(PROVIDE, "ResumeAssessment").isWaitingAt(ASSESS);
    GrantApplication resumed = reload(application);
    assertThat(resumed.getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(resumed.getAdditionalInformation()).isEqualTo("Budget: kursus 6.000 kr., materialer 2.000 kr.");
    assertThat(resumed.getDecisionDueAt()).isEqualTo(dueAt);
    assertThat(eventTypes(application)).containsSubsequence("MORE_INFORMATION_REQUESTED", "INFORMATION_PROVIDED");
    Task reassessment = task(application, ASSESS);
    assertThat(candidateGroups(reassessment)).containsExactly(TRYGHED_CASEWORKERS);
    assertThat(reassessment.getDueDate().toInstant()).isEqualTo(dueAt);
    assertThat(reassessment.getPriority()).isEqualTo(Task.PRIORITY_NORMAL);
    // The answer lives on the application; the last round's answers do not linger for the next round.
    assertThat(decision).variables()
        .doesNotContainKeys("additionalInformation", "decision", "decisionReason", "grantedAmount", "grantedHours");

    Instant decidedAt = application.getSubmittedAt().plus(Duration.ofDays(6));
    moveClockTo(decidedAt);
    assess(application, withVariables("decision", "APPROVED", "grantedAmount", 8000));

    assertThat(decision).hasPassed("AssessmentCompleted", "RecordDecision", "Decided").isEnded();
    GrantApplication approved = reload(application);
    assertThat(approved.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(approved.getDecidedAt()).isEqualTo(decidedAt);
    assertThat(approved.getGrantedAmount()).isEqualByComparingTo("8000");
    assertThat(approved.getGrantedHours()).isNull();
    // The question asked earlier is not the reason of the approval.
    assertThat(approved.getDecisionReason()).isNull();
  }

  @Test
  void decisionClockDoesNotPauseWhileWaitingForTheApplicant() {
    GrantApplication application = fullySigned(TRYGHED);
    ProcessInstance decision = stage(application, DECISION);
    Instant dueAt = application.getDecisionDueAt();
    moveClockTo(application.getSubmittedAt().plus(Duration.ofDays(2)));
    assess(application, withVariables("decision", "MORE_INFO", "decisionReason", "Hvornår starter kurset?"));
    String questionId = task(application, PROVIDE).getId();

    assertThat(reload(application).getDecisionDueAt()).isEqualTo(dueAt);
    assertThat(timer(decision, "DecisionDeadlinePassed").getDuedate().toInstant()).isEqualTo(dueAt);

    moveClockTo(dueAt.minusSeconds(1));
    assertThat(slaBreaches.findByApplicationId(application.getId())).isEmpty();
    assertThat(decision).hasPassed("EscalationDue", "EscalateToManager").hasNotPassed("DecisionDeadlinePassed");

    moveClockTo(dueAt);

    assertThat(decision).hasPassed("DecisionDeadlinePassed", "RecordSlaBreach", "SlaBreachRecorded").isWaitingAt(PROVIDE);
    assertThat(slaBreaches.findByApplicationId(application.getId()))
        .extracting(SlaBreach::getDeadline, SlaBreach::getRecordedAt)
        .containsExactly(tuple(dueAt, dueAt));
    assertThat(task(application, PROVIDE).getId()).isEqualTo(questionId);
    GrantApplication waiting = reload(application);
    assertThat(waiting.getStatus()).isEqualTo(ApplicationStatus.MORE_INFORMATION_REQUESTED);
    assertThat(waiting.getDecisionDueAt()).isEqualTo(dueAt);

    // The answer comes after the deadline: the caseworker's task comes back already escalated.
    moveClockTo(dueAt.plus(Duration.ofDays(1)));
    complete(application, PROVIDE, withVariables("additionalInformation", "Kurset starter 1. marts"));
    Task late = task(application, ASSESS);
    assertThat(late.getDueDate().toInstant()).isEqualTo(dueAt);
    assertThat(late.getPriority()).isEqualTo(100);
    assertThat(candidateGroups(late)).containsExactlyInAnyOrder(TRYGHED_CASEWORKERS, "manager");

    Instant decidedAt = dueAt.plus(Duration.ofDays(2));
    moveClockTo(decidedAt);
    assess(application, withVariables("decision", "REJECTED", "decisionReason", "Kurset ligger efter projektperioden"));
    assertThat(decision).hasPassed("Decided").isEnded();
    assertThat(reload(application).getDecidedAt()).isEqualTo(decidedAt);
    assertThat(slaBreaches.findByApplicationId(application.getId())).hasSize(1);
  }

  @Test
  void anAnswerAfterTheEscalationDayReopensTheAssessmentForManagers() {
    GrantApplication application = fullySigned(TRYGHED);
    ProcessInstance decision = stage(application, DECISION);
    Instant escalationAt = application.getSubmittedAt().plus(Duration.ofDays(10));
    moveClockTo(application.getSubmittedAt().plus(Duration.ofDays(8)));
    assess(application, withVariables("decision", "MORE_INFO", "decisionReason", "Mangler underskrevet tilbud"));

    moveClockTo(escalationAt);
    assertThat(decision).hasPassed("EscalationDue", "EscalateToManager", "Escalated").isWaitingAt(PROVIDE);
    assertThat(task(application, PROVIDE)).isAssignedTo("applicant");
    assertThat(candidateGroups(task(application, PROVIDE))).containsExactly("signer");

    moveClockTo(escalationAt.plus(Duration.ofDays(1)));
    complete(application, PROVIDE, withVariables("additionalInformation", "Tilbuddet er vedhæftet"));

    Task reopened = task(application, ASSESS);
    assertThat(reopened.getPriority()).isEqualTo(75);
    assertThat(candidateGroups(reopened)).containsExactlyInAnyOrder(TRYGHED_CASEWORKERS, "manager");
    assertThat(slaBreaches.findByApplicationId(application.getId())).isEmpty();
  }

  // --- escalation and deadline ------------------------------------------------------------------

  @Test
  void atTheEscalationDayManagersAreAddedAndThePriorityRaised() {
    GrantApplication application = fullySigned(TRYGHED);
    ProcessInstance decision = stage(application, DECISION);
    Instant escalationAt = application.getSubmittedAt().plus(Duration.ofDays(10));
    String taskId = task(application, ASSESS).getId();

    moveClockTo(escalationAt.minusSeconds(1));
    assertThat(decision).hasNotPassed("EscalationDue");
    assertThat(candidateGroups(task(application, ASSESS))).containsExactly(TRYGHED_CASEWORKERS);
    assertThat(task(application, ASSESS).getPriority()).isEqualTo(Task.PRIORITY_NORMAL);

    moveClockTo(escalationAt);

    assertThat(decision).hasPassed("EscalationDue", "EscalateToManager", "Escalated")
        .hasNotPassed("DecisionDeadlinePassed")
        .isWaitingAt(ASSESS);
    Task escalated = task(application, ASSESS);
    assertThat(escalated.getId()).isEqualTo(taskId);
    assertThat(escalated).hasCandidateGroup("manager");
    assertThat(candidateGroups(escalated)).containsExactlyInAnyOrder(TRYGHED_CASEWORKERS, "manager");
    assertThat(escalated.getPriority()).isEqualTo(75);
    assertThat(escalated.getDueDate().toInstant()).isEqualTo(application.getDecisionDueAt());
    assertThat(events(application)).filteredOn(event -> event.getEventType().equals("ESCALATED")).singleElement()
        .extracting(CaseEvent::getOccurredAt).isEqualTo(escalationAt);
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(slaBreaches.findByApplicationId(application.getId())).isEmpty();
    assertThat(timer(decision, "DecisionDeadlinePassed").getDuedate().toInstant()).isEqualTo(application.getDecisionDueAt());

    approve(application, "8000");
    assertThat(decision).hasPassed("Decided").isEnded();
    assertThat(slaBreaches.findByApplicationId(application.getId())).isEmpty();
  }

  @Test
  void aMissedDeadlineIsRecordedAsSlaBreachAndTheCaseCanStillBeDecided() {
    GrantApplication application = fullySigned(TRYGHED);
    ProcessInstance decision = stage(application, DECISION);
    ProcessInstance main = mainProcess(application);
    Instant dueAt = application.getDecisionDueAt();
    assertThat(dueAt).isEqualTo(application.getSubmittedAt().plus(Duration.ofDays(14)));
    String taskId = task(application, ASSESS).getId();

    moveClockTo(dueAt.minusSeconds(1));
    assertThat(decision).hasNotPassed("DecisionDeadlinePassed");
    assertThat(slaBreaches.findByApplicationId(application.getId())).isEmpty();

    moveClockTo(dueAt);

    assertThat(decision).hasPassed("DecisionDeadlinePassed", "RecordSlaBreach", "SlaBreachRecorded").isWaitingAt(ASSESS);
    assertThat(slaBreaches.findByApplicationId(application.getId()))
        .extracting(SlaBreach::getApplicationId, SlaBreach::getDeadline, SlaBreach::getRecordedAt)
        .containsExactly(tuple(application.getId(), dueAt, dueAt));
    Task breached = task(application, ASSESS);
    assertThat(breached.getId()).isEqualTo(taskId);
    assertThat(breached.getPriority()).isEqualTo(100);
    assertThat(candidateGroups(breached)).containsExactlyInAnyOrder(TRYGHED_CASEWORKERS, "manager");
    assertThat(events(application)).filteredOn(event -> event.getEventType().equals("SLA_BREACHED")).singleElement()
        .satisfies(event -> {
          assertThat(event.getOccurredAt()).isEqualTo(dueAt);
          assertThat(event.getDetail()).isEqualTo("decision was due " + dueAt);
        });
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(managementService.createJobQuery().processInstanceId(decision.getId()).timers().count()).isZero();

    Instant decidedAt = dueAt.plus(Duration.ofDays(2));
    moveClockTo(decidedAt);
    approve(application, "6000");

    assertThat(decision).hasPassed("RecordDecision", "Decided").isEnded();
    assertThat(main).isWaitingAt("FirstPayout");
    GrantApplication approved = reload(application);
    assertThat(approved.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
    assertThat(approved.getDecidedAt()).isEqualTo(decidedAt);
    assertThat(approved.getGrantedAmount()).isEqualByComparingTo("6000");
    assertThat(slaBreaches.findByApplicationId(application.getId())).hasSize(1);
  }

  // --- bad input -------------------------------------------------------------------------------

  static Stream<Arguments> refusedAssessments() {
    return Stream.of(
        Arguments.of("no decision", form(), "The decision is required"),
        Arguments.of("unknown decision", form("decision", "MAYBE"), "The decision must be APPROVED, REJECTED or MORE_INFO"),
        Arguments.of("approval without amount", form("decision", "APPROVED"), "The granted amount is required"),
        Arguments.of("approval of nothing", form("decision", "APPROVED", "grantedAmount", 0), "The granted amount must be more than 0"),
        Arguments.of("negative amount", form("decision", "APPROVED", "grantedAmount", -100), "The granted amount must not be negative"),
        Arguments.of("amount not a number", form("decision", "APPROVED", "grantedAmount", "mange"), "The granted amount must be a number"),
        Arguments.of("amount above the requested", form("decision", "APPROVED", "grantedAmount", 8001),
            "The granted amount must be at most the 8000.00 applied for"),
        Arguments.of("amount above the cap", form("decision", "APPROVED", "grantedAmount", 12000),
            "the pool's cap of 10000.00"),
        Arguments.of("more than 100 hours", form("decision", "APPROVED", "grantedAmount", 8000, "grantedHours", 101),
            "At most 100 buy-out hours can be granted"),
        Arguments.of("rejection without reason", form("decision", "REJECTED"), "The reason is required"),
        Arguments.of("rejection with blank reason", form("decision", "REJECTED", "decisionReason", "  "), "The reason is required"),
        Arguments.of("question without text", form("decision", "MORE_INFO"), "The reason is required"));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("refusedAssessments")
  void anInvalidAssessmentIsRefusedAndTheTaskStaysOpen(String description, Map<String, Object> form, String message) {
    GrantApplication application = fullySigned(TRYGHED);
    ProcessInstance decision = stage(application, DECISION);
    String taskId = task(application, ASSESS).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, form))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(message);

    assertThat(task(application, ASSESS).getId()).isEqualTo(taskId);
    assertThat(decision).isWaitingAt(ASSESS).hasNotPassed(ASSESS, "AssessmentOutcomeGateway");
    assertThat(decision).variables().doesNotContainKeys("decision", "grantedAmount", "grantedHours", "decisionReason");
    GrantApplication untouched = reload(application);
    assertThat(untouched.getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(untouched.getDecidedAt()).isNull();
    assertThat(untouched.getGrantedAmount()).isNull();
    assertThat(untouched.getDecisionReason()).isNull();
    assertThat(eventTypes(application)).doesNotContain("REJECTED", "MORE_INFORMATION_REQUESTED", "APPROVED");
  }

  @Test
  void anApprovalAboveThePoolsCapIsRefusedEvenWithinTheAmountAppliedFor() {
    Pool pool = testPool(new BigDecimal("10000"));
    GrantApplication application = fullySigned(applicationTo(pool, "10000"));
    ProcessInstance decision = stage(application, DECISION);
    // The pool's cap is lowered after the application came in.
    Pool tightened = pools.findById(pool.getId()).orElseThrow();
    tightened.setCapPerApplication(new BigDecimal("6000"));
    pools.save(tightened);
    String taskId = task(application, ASSESS).getId();

    assertThatThrownBy(() -> taskService.complete(taskId, withVariables("decision", "APPROVED", "grantedAmount", 6001)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("at most the 10000.00 applied for and the pool's cap of 6000.00");
    assertThat(task(application, ASSESS).getId()).isEqualTo(taskId);
    assertThat(reload(application).getDecidedAt()).isNull();

    assess(application, withVariables("decision", "APPROVED", "grantedAmount", 6000, "grantedHours", 100));
    assertThat(decision).hasPassed("Decided").isEnded();
    assertThat(reload(application).getGrantedAmount()).isEqualByComparingTo("6000");
    assertThat(reload(application).getGrantedHours()).isEqualTo(100);
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Stops the engine clock at a whole second, so every recorded instant can be compared exactly. */
  private Instant freezeClock() {
    Instant now = EngineTime.now().truncatedTo(ChronoUnit.SECONDS);
    moveClockTo(now);
    return now;
  }

  private GrantApplication fullySigned(String poolId) {
    return fullySigned(request(poolId));
  }

  /** Submits, and every party signs two hours later: that instant starts the decision clock. */
  private GrantApplication fullySigned(ApplicationRequest request) {
    Instant receivedAt = freezeClock();
    GrantApplication application = applications.submit(request);
    moveClockBy(Duration.ofHours(2));
    signAll(application);
    GrantApplication submitted = reload(application);
    assertThat(submitted.getSubmittedAt()).isEqualTo(receivedAt.plus(Duration.ofHours(2)));
    assertThat(stage(application, DECISION)).isNotNull();
    return submitted;
  }

  private void assess(GrantApplication application, Map<String, Object> form) {
    complete(application, ASSESS, form);
  }

  private List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .toList();
  }

  private Job timer(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId)
        .singleResult();
  }

  private List<String> eventTypes(GrantApplication application) {
    return events(application).stream().map(CaseEvent::getEventType).toList();
  }

  /** A pool of this test's own, so its cap can change without touching the seed pools. */
  private Pool testPool(BigDecimal cap) {
    Pool pool = pools.findById("decision-test-pool").orElseGet(() -> new Pool("decision-test-pool"));
    pool.setName("Decision test pool");
    pool.setCurrency("DKK");
    pool.setBudgetYear(EngineTime.today().getYear());
    pool.setBudget(new BigDecimal("1000000"));
    pool.setCarryOver(BigDecimal.ZERO);
    pool.setCapPerApplication(cap);
    pool.setOpensOn(LocalDate.now().minusYears(1));
    pool.setClosesOn(LocalDate.now().plusYears(1));
    pool.setSignerRoles(EnumSet.of(SignerRole.APPLICANT));
    pool.setPayoutStages(1);
    pool.setDecisionDeadlineDays(21);
    pool.setEscalationDays(15);
    pool.setSignatureExpiryDays(30);
    pool.setSignatureReminderDays(7);
    pool.setContractDeadlineDays(14);
    pool.setCaseworkerGroup("tilskud-sagsbehandlere");
    pool.setNumberPrefix("DT");
    return pools.save(pool);
  }

  private static ApplicationRequest applicationTo(Pool pool, String amount) {
    ApplicationRequest base = request(TRYGHED);
    return new ApplicationRequest(pool.getId(), base.applicantName(), base.applicantEmail(), base.applicantUserId(),
        base.workplaceName(), null, null, null, null, null, null, base.activity(), new BigDecimal(amount), 80, null,
        base.projectStart(), base.projectEnd(), null, null);
  }

  private static Map<String, Object> form(Object... keysAndValues) {
    Map<String, Object> form = new HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      form.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return form;
  }
}

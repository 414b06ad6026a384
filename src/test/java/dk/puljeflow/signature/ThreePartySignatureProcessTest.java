package dk.puljeflow.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseEvent;
import dk.puljeflow.application.GrantApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * three-party-signature.bpmn: every party the pool requires is asked, reminded once after the pool's
 * reminder days, and the collection ends fully signed, declined or lapsed. Time is the engine clock.
 */
class ThreePartySignatureProcessTest extends ProcessTest {

  private static final String SIGNATURE = "threePartySignature";
  private static final String SIGN_TASK = "SignApplication";

  @Autowired SignatureRepository signatureRepository;

  // --- asking the parties ----------------------------------------------------------------------

  @Test
  void everyRequiredPartyGetsASignatureTaskDueWhenTheSignaturePeriodExpires() {
    Instant t0 = freezeClock();
    GrantApplication application = requestSignatures(TRYGHED);
    ProcessInstance signing = stage(application, SIGNATURE);

    assertThat(signing).hasPassed("SignaturesRequested", "RequestSignatures", "PartyAsked").isWaitingAt(SIGN_TASK);
    assertThat(signing).hasBusinessKey(application.getApplicationNumber());
    assertThat(signing).variables().containsEntry("signatureDeclined", false);
    assertThat(Duration.parse((String) runtimeService.getVariable(signing.getId(), "signatureReminderAfter")))
        .isEqualTo(Duration.ofDays(7));

    GrantApplication awaiting = reload(application);
    Instant expiresAt = t0.plus(Duration.ofDays(30));
    assertThat(awaiting.getStatus()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURES);
    assertThat(awaiting.getSignatureExpiresAt()).isEqualTo(expiresAt);

    List<Task> signatureTasks = tasks(application, SIGN_TASK);
    // Each party's task goes to the Tasklist user named for that role in the request.
    assertThat(signatureTasks).extracting(this::roleOf, Task::getAssignee)
        .containsExactlyInAnyOrder(
            tuple(SignerRole.APPLICANT, "applicant"),
            tuple(SignerRole.NEAREST_MANAGER, "nearestmanager"),
            tuple(SignerRole.UNION_REP, "unionrep"));
    for (Task task : signatureTasks) {
      assertThat(task).hasName("Underskriv ansøgning – " + application.getApplicationNumber()).hasCandidateGroupAssociated("signer");
      assertThat(task.getDueDate().toInstant()).isEqualTo(expiresAt);
      assertThat(task.getPriority()).isEqualTo(Task.PRIORITY_NORMAL);
    }
    assertThat(signatures(application)).extracting(Signature::getSignerRole, Signature::getState, Signature::getAnsweredAt)
        .containsExactlyInAnyOrder(
            tuple(SignerRole.APPLICANT, SignatureState.PENDING, null),
            tuple(SignerRole.NEAREST_MANAGER, SignatureState.PENDING, null),
            tuple(SignerRole.UNION_REP, SignatureState.PENDING, null));

    // One reminder timer per party after 7 days, one expiry timer for the whole collection after 30.
    assertThat(timers(signing, "SignatureReminderDue")).extracting(job -> job.getDuedate().toInstant())
        .containsExactly(t0.plus(Duration.ofDays(7)), t0.plus(Duration.ofDays(7)), t0.plus(Duration.ofDays(7)));
    assertThat(timers(signing, "SignatureExpired")).extracting(job -> job.getDuedate().toInstant())
        .containsExactly(expiresAt);
  }

  @Test
  void starPoolAsksOnlyTheApplicantAndTheNearestManager() {
    Instant t0 = freezeClock();
    GrantApplication application = requestSignatures(STAR);
    ProcessInstance signing = stage(application, SIGNATURE);

    assertThat(tasks(application, SIGN_TASK)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("applicant", "nearestmanager");
    assertThat(signatures(application)).extracting(Signature::getSignerRole)
        .containsExactlyInAnyOrder(SignerRole.APPLICANT, SignerRole.NEAREST_MANAGER);

    moveClockBy(Duration.ofHours(5));
    sign(application, "applicant");
    moveClockBy(Duration.ofHours(1));
    sign(application, "nearestmanager");

    assertThat(signing).hasPassed("RecordFullSignature", "FullySigned").isEnded();
    GrantApplication submitted = reload(application);
    assertThat(submitted.getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(submitted.getSubmittedAt()).isEqualTo(t0.plus(Duration.ofHours(6)));
  }

  // --- all sign --------------------------------------------------------------------------------

  @Test
  void allPartiesSigningSubmitsTheApplicationAtTheLastSignature() {
    Instant t0 = freezeClock();
    GrantApplication application = requestSignatures(TRYGHED);
    ProcessInstance signing = stage(application, SIGNATURE);
    ProcessInstance main = mainProcess(application);

    moveClockBy(Duration.ofHours(2));
    sign(application, "applicant");
    assertThat(signing).isWaitingAt(SIGN_TASK);
    assertThat(tasks(application, SIGN_TASK)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("nearestmanager", "unionrep");
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURES);
    assertThat(reload(application).getSubmittedAt()).isNull();

    moveClockTo(t0.plus(Duration.ofDays(2)));
    sign(application, "unionrep");
    Instant lastSignature = t0.plus(Duration.ofDays(3)).plusSeconds(17);
    moveClockTo(lastSignature);
    sign(application, "nearestmanager");

    assertThat(signing)
        .hasPassed("SignaturesRequested", "RequestSignatures", "SignByParty", "PartyAsked", SIGN_TASK, "PartyAnswered",
            "AnyoneDeclinedGateway", "RecordFullSignature", "FullySigned")
        .hasNotPassed("SignatureReminderDue", "RemindSigner", "SignatureExpired", "LapseApplication",
            "RecordDeclinedSignature", "SignatureDeclined")
        .isEnded();
    assertThat(main).isWaitingAt("Decide");
    assertThat(main).variables().containsEntry("signatureOutcome", "SIGNED");

    GrantApplication submitted = reload(application);
    assertThat(submitted.getStatus()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
    assertThat(submitted.getSubmittedAt()).isEqualTo(lastSignature);
    assertThat(signatures(application))
        .extracting(Signature::getSignerRole, Signature::getState, Signature::getAnsweredAt, Signature::getRemindersSent)
        .containsExactlyInAnyOrder(
            tuple(SignerRole.APPLICANT, SignatureState.SIGNED, t0.plus(Duration.ofHours(2)), 0),
            tuple(SignerRole.UNION_REP, SignatureState.SIGNED, t0.plus(Duration.ofDays(2)), 0),
            tuple(SignerRole.NEAREST_MANAGER, SignatureState.SIGNED, lastSignature, 0));
    assertThat(events(application)).extracting(CaseEvent::getEventType, CaseEvent::getDetail)
        .containsSubsequence(
            tuple("SIGNED", "APPLICANT"), tuple("SIGNED", "UNION_REP"), tuple("SIGNED", "NEAREST_MANAGER"),
            tuple("FULLY_SIGNED", null));
    assertThat(events(application)).filteredOn(event -> event.getEventType().equals("FULLY_SIGNED"))
        .singleElement().extracting(CaseEvent::getOccurredAt).isEqualTo(lastSignature);
    assertThat(tasks(application, SIGN_TASK)).isEmpty();
    assertThat(managementService.createJobQuery().processInstanceId(signing.getId()).count()).isZero();
  }

  // --- reminders -------------------------------------------------------------------------------

  @Test
  void partiesWhoHaveNotSignedAreRemindedOnceAfterTheReminderDaysAndKeepTheirTask() {
    Instant t0 = freezeClock();
    GrantApplication application = requestSignatures(TRYGHED);
    ProcessInstance signing = stage(application, SIGNATURE);
    moveClockBy(Duration.ofDays(1));
    sign(application, "applicant");
    List<String> openTaskIds = tasks(application, SIGN_TASK).stream().map(Task::getId).toList();

    moveClockTo(t0.plus(Duration.ofDays(7)).minusSeconds(1));
    assertThat(signing).hasNotPassed("SignatureReminderDue", "RemindSigner");
    assertThat(signatures(application)).extracting(Signature::getRemindersSent).containsOnly(0);

    moveClockTo(t0.plus(Duration.ofDays(7)));

    assertThat(signing).hasPassed("SignatureReminderDue", "RemindSigner", "SignerReminded").isWaitingAt(SIGN_TASK);
    assertThat(reminders(application)).containsExactlyInAnyOrderEntriesOf(Map.of(
        SignerRole.APPLICANT, 0, SignerRole.NEAREST_MANAGER, 1, SignerRole.UNION_REP, 1));
    // Non-interrupting: the very same tasks are still open, still unanswered.
    assertThat(tasks(application, SIGN_TASK)).extracting(Task::getId).containsExactlyInAnyOrderElementsOf(openTaskIds);
    assertThat(signatures(application)).filteredOn(signature -> signature.getSignerRole() != SignerRole.APPLICANT)
        .extracting(Signature::getState).containsOnly(SignatureState.PENDING);
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURES);
    // A reminder is a one-off, not a cycle.
    assertThat(timers(signing, "SignatureReminderDue")).isEmpty();

    moveClockTo(t0.plus(Duration.ofDays(20)));
    assertThat(reminders(application)).containsEntry(SignerRole.NEAREST_MANAGER, 1).containsEntry(SignerRole.UNION_REP, 1);

    sign(application, "nearestmanager");
    sign(application, "unionrep");
    assertThat(signing).hasPassed("FullySigned").isEnded();
    assertThat(reload(application).getSubmittedAt()).isEqualTo(t0.plus(Duration.ofDays(20)));
  }

  @Test
  void mentorPoolRemindsManagerAndUnionRepAfterFiveDaysAndLapsesAfterFourteen() {
    Instant t0 = freezeClock();
    GrantApplication application = requestSignatures(MENTOR);
    ProcessInstance signing = stage(application, SIGNATURE);
    ProcessInstance main = mainProcess(application);
    Instant expiresAt = t0.plus(Duration.ofDays(14));

    assertThat(tasks(application, SIGN_TASK)).extracting(Task::getAssignee, task -> task.getDueDate().toInstant())
        .containsExactlyInAnyOrder(tuple("nearestmanager", expiresAt), tuple("unionrep", expiresAt));
    assertThat(signatures(application)).extracting(Signature::getSignerRole)
        .containsExactlyInAnyOrder(SignerRole.NEAREST_MANAGER, SignerRole.UNION_REP);

    moveClockTo(t0.plus(Duration.ofDays(5)));
    assertThat(reminders(application)).containsExactlyInAnyOrderEntriesOf(Map.of(
        SignerRole.NEAREST_MANAGER, 1, SignerRole.UNION_REP, 1));

    moveClockTo(t0.plus(Duration.ofDays(6)));
    sign(application, "nearestmanager");
    moveClockTo(expiresAt.minusSeconds(1));
    assertThat(signing).isWaitingAt(SIGN_TASK);

    moveClockTo(expiresAt);

    assertThat(signing).hasPassed("SignatureExpired", "LapseApplication", "SignaturesLapsed")
        .hasNotPassed("AnyoneDeclinedGateway", "RecordFullSignature", "RecordDeclinedSignature")
        .isEnded();
    assertThat(main).hasPassed("ApplicationLapsed").isEnded();
    GrantApplication lapsed = reload(application);
    assertThat(lapsed.getStatus()).isEqualTo(ApplicationStatus.LAPSED);
    assertThat(lapsed.getClosedAt()).isEqualTo(expiresAt);
    assertThat(lapsed.getSubmittedAt()).isNull();
    assertThat(signatures(application)).extracting(Signature::getSignerRole, Signature::getState, Signature::getAnsweredAt)
        .containsExactlyInAnyOrder(
            tuple(SignerRole.NEAREST_MANAGER, SignatureState.SIGNED, t0.plus(Duration.ofDays(6))),
            tuple(SignerRole.UNION_REP, SignatureState.EXPIRED, null));
    assertThat(tasks(application, SIGN_TASK)).isEmpty();
    assertThat(managementService.createJobQuery().processInstanceId(signing.getId()).count()).isZero();
  }

  // --- expiry ----------------------------------------------------------------------------------

  @Test
  void unsignedApplicationLapsesExactlyWhenTheSignaturePeriodExpires() {
    Instant t0 = freezeClock();
    GrantApplication application = requestSignatures(TRYGHED);
    ProcessInstance signing = stage(application, SIGNATURE);
    ProcessInstance main = mainProcess(application);
    Instant expiresAt = t0.plus(Duration.ofDays(30));

    moveClockTo(expiresAt.minusSeconds(1));
    assertThat(signing).isWaitingAt(SIGN_TASK);
    assertThat(tasks(application, SIGN_TASK)).hasSize(3);
    assertThat(reminders(application)).containsOnly(
        Map.entry(SignerRole.APPLICANT, 1), Map.entry(SignerRole.NEAREST_MANAGER, 1), Map.entry(SignerRole.UNION_REP, 1));

    moveClockTo(expiresAt);

    assertThat(signing).hasPassed("SignatureExpired", "LapseApplication", "SignaturesLapsed").isEnded();
    assertThat(main).variables().containsEntry("signatureOutcome", "LAPSED");
    assertThat(main).hasPassed("ApplicationLapsed").isEnded();
    GrantApplication lapsed = reload(application);
    assertThat(lapsed.getStatus()).isEqualTo(ApplicationStatus.LAPSED);
    assertThat(lapsed.getClosedAt()).isEqualTo(expiresAt);
    assertThat(signatures(application)).extracting(Signature::getState).containsOnly(SignatureState.EXPIRED);
    assertThat(tasks(application, SIGN_TASK)).isEmpty();
    assertThat(events(application)).filteredOn(event -> event.getEventType().equals("LAPSED")).singleElement()
        .satisfies(event -> {
          assertThat(event.getOccurredAt()).isEqualTo(expiresAt);
          assertThat(event.getDetail()).isEqualTo("signature period expired");
        });
  }

  // --- decline ---------------------------------------------------------------------------------

  @Test
  void aDeclineWithReasonRejectsTheApplicationAndCancelsTheOtherSignatures() {
    Instant t0 = freezeClock();
    GrantApplication application = requestSignatures(TRYGHED);
    ProcessInstance signing = stage(application, SIGNATURE);
    ProcessInstance main = mainProcess(application);
    moveClockBy(Duration.ofHours(1));
    sign(application, "applicant");

    Instant declinedAt = t0.plus(Duration.ofDays(3));
    moveClockTo(declinedAt);
    taskService.complete(taskOf(application, "nearestmanager").getId(),
        withVariables("signatureAnswer", "DECLINE", "declineReason", "  Medarbejderen kan ikke undværes i perioden "));
    runDueJobs();

    assertThat(signing)
        .hasPassed(SIGN_TASK, "PartyAnswered", "SignByParty", "AnyoneDeclinedGateway", "RecordDeclinedSignature",
            "SignatureDeclined")
        .hasNotPassed("RecordFullSignature", "FullySigned", "LapseApplication")
        .isEnded();
    assertThat(main).variables().containsEntry("signatureOutcome", "DECLINED");
    assertThat(main).hasPassed("RejectedBySigner").isEnded();

    GrantApplication rejected = reload(application);
    assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED_BY_SIGNER);
    assertThat(rejected.getClosedAt()).isEqualTo(declinedAt);
    assertThat(rejected.getSubmittedAt()).isNull();
    assertThat(tasks(application, SIGN_TASK)).isEmpty();
    assertThat(managementService.createJobQuery().processInstanceId(signing.getId()).count()).isZero();

    Signature declined = signature(application, SignerRole.NEAREST_MANAGER);
    assertThat(declined.getState()).isEqualTo(SignatureState.DECLINED);
    assertThat(declined.getAnsweredAt()).isEqualTo(declinedAt);
    assertThat(declined.getDeclineReason()).isEqualTo("Medarbejderen kan ikke undværes i perioden");
    assertThat(signature(application, SignerRole.APPLICANT).getState()).isEqualTo(SignatureState.SIGNED);
    assertThat(signature(application, SignerRole.UNION_REP).getState()).isEqualTo(SignatureState.EXPIRED);
    assertThat(signature(application, SignerRole.UNION_REP).getAnsweredAt()).isNull();
    assertThat(events(application)).extracting(CaseEvent::getEventType, CaseEvent::getDetail)
        .contains(tuple("SIGNATURE_DECLINED", "NEAREST_MANAGER: Medarbejderen kan ikke undværes i perioden"))
        .doesNotContain(tuple("FULLY_SIGNED", null));
  }

  // --- bad input -------------------------------------------------------------------------------

  static Stream<Arguments> refusedAnswers() {
    return Stream.of(
        Arguments.of("no answer", answer(null, null), "The answer (SIGN or DECLINE) is required"),
        Arguments.of("blank answer", answer(" ", null), "The answer (SIGN or DECLINE) is required"),
        Arguments.of("unknown answer", answer("MAYBE", null), "The answer must be SIGN or DECLINE"),
        Arguments.of("decline without reason", answer("DECLINE", null), "A reason for declining is required"),
        Arguments.of("decline with blank reason", answer("DECLINE", "   "), "A reason for declining is required"));
  }

  @ParameterizedTest(name = "{0} is refused")
  @MethodSource("refusedAnswers")
  void anInvalidAnswerIsRefusedAndTheTaskStaysOpen(String description, Map<String, Object> answer, String message) {
    freezeClock();
    GrantApplication application = requestSignatures(TRYGHED);
    ProcessInstance signing = stage(application, SIGNATURE);
    // Another party's answer is already in: it must not count for the applicant.
    sign(application, "unionrep");
    Task task = taskOf(application, "applicant");

    assertThatThrownBy(() -> taskService.complete(task.getId(), answer))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(message);

    assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult()).isNotNull();
    assertThat(tasks(application, SIGN_TASK)).extracting(Task::getAssignee)
        .containsExactlyInAnyOrder("applicant", "nearestmanager");
    assertThat(signing).isWaitingAt(SIGN_TASK).hasNotPassed("AnyoneDeclinedGateway");
    assertThat(signing).variables()
        .containsEntry("signatureDeclined", false)
        .doesNotContainKeys("signatureAnswer", "declineReason");
    Signature untouched = signature(application, SignerRole.APPLICANT);
    assertThat(untouched.getState()).isEqualTo(SignatureState.PENDING);
    assertThat(untouched.getAnsweredAt()).isNull();
    assertThat(untouched.getDeclineReason()).isNull();
    assertThat(events(application)).extracting(CaseEvent::getEventType, CaseEvent::getDetail)
        .containsExactly(tuple("RECEIVED", application.getApplicationNumber()), tuple("ELIGIBLE", "RecordEligibility"),
            tuple("SIGNED", "UNION_REP"));
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.AWAITING_SIGNATURES);
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Stops the engine clock at a whole second, so every recorded instant can be compared exactly. */
  private Instant freezeClock() {
    Instant now = EngineTime.now().truncatedTo(ChronoUnit.SECONDS);
    moveClockTo(now);
    return now;
  }

  /** Submits and runs the asynchronous start of "Collect signatures". */
  private GrantApplication requestSignatures(String poolId) {
    GrantApplication application = submit(poolId);
    runDueJobs();
    assertThat(stage(application, SIGNATURE)).isNotNull();
    return application;
  }

  private Task taskOf(GrantApplication application, String assignee) {
    List<Task> found = tasks(application, SIGN_TASK).stream().filter(task -> assignee.equals(task.getAssignee())).toList();
    assertThat(found).as("open signature task of %s", assignee).hasSize(1);
    return found.get(0);
  }

  private void sign(GrantApplication application, String assignee) {
    taskService.complete(taskOf(application, assignee).getId(), withVariables("signatureAnswer", "SIGN"));
    runDueJobs();
  }

  private SignerRole roleOf(Task task) {
    return SignerRole.valueOf((String) runtimeService.getVariable(task.getExecutionId(), "signerRole"));
  }

  private List<Signature> signatures(GrantApplication application) {
    return signatureRepository.findByApplicationIdOrderBySignerRole(application.getId());
  }

  private Signature signature(GrantApplication application, SignerRole role) {
    return signatureRepository.findByApplicationIdAndSignerRole(application.getId(), role).orElseThrow();
  }

  private Map<SignerRole, Integer> reminders(GrantApplication application) {
    Map<SignerRole, Integer> reminders = new HashMap<>();
    signatures(application).forEach(signature -> reminders.put(signature.getSignerRole(), signature.getRemindersSent()));
    return reminders;
  }

  private List<Job> timers(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).timers().activityId(activityId).list();
  }

  private static Map<String, Object> answer(String answer, String reason) {
    Map<String, Object> variables = new HashMap<>();
    if (answer != null) {
      variables.put("signatureAnswer", answer);
    }
    if (reason != null) {
      variables.put("declineReason", reason);
    }
    return variables;
  }
}

package dk.puljeflow.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.CaseEvent;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * final-evaluation.bpmn: requested when the project ends (09:00 Danish time), reminded after a week,
 * overdue after two weeks; rating and answers are recorded.
 */
class FinalEvaluationProcessTest extends ProcessTest {

  private static final String CASEWORKER = "evaluation-caseworker";

  @Autowired FollowUpRepository followUps;
  @Autowired IdentityBootstrap identity;
  @Autowired IdentityService identityService;

  @BeforeEach
  void caseworkerExists() {
    identity.ensureUser(CASEWORKER, "caseworker-password", "Kaj", "Sagsbehandler", null, Groups.CASEWORKER, MENTOR_CASEWORKERS);
  }

  @Test
  void evaluationIsScheduledForTheProjectEndAfterTheFirstPayout() {
    GrantApplication application = mentorCaseAfterFirstPayout();
    ProcessInstance evaluation = stage(application, "finalEvaluation");
    Instant endsAt = expectedEvaluationAt(application);

    assertThat(evaluation).hasPassed("EvaluationDue", "ScheduleEvaluation").isWaitingAtExactly("ProjectEnded");
    assertThat(endsAt.atZone(EngineTime.ZONE).toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    assertThat(runtimeService.getVariables(evaluation.getId())).containsAllEntriesOf(Map.of(
        "evaluationAt", Date.from(endsAt),
        "evaluationReminderAt", Date.from(endsAt.plus(Duration.ofDays(7))),
        "evaluationDueAt", Date.from(endsAt.plus(Duration.ofDays(14)))));
    assertThat(evaluation).job("ProjectEnded").hasDueDate(Date.from(endsAt));
    FollowUp scheduled = followUpOf(application);
    assertThat(scheduled.getScheduledAt()).isEqualTo(endsAt);
    assertThat(scheduled.getInvitedAt()).isNull();
    assertThat(event(application, "FINAL_EVALUATION_SCHEDULED").getDetail()).isEqualTo(endsAt.toString());
  }

  @Test
  void projectEndRequestsTheEvaluationFromTheReporter() {
    GrantApplication application = mentorCaseAfterFirstPayout();
    ProcessInstance evaluation = stage(application, "finalEvaluation");
    Instant endsAt = expectedEvaluationAt(application);

    moveClockTo(endsAt.minus(Duration.ofMinutes(1)));
    assertThat(evaluation).isWaitingAtExactly("ProjectEnded");

    ClockUtil.setCurrentTime(Date.from(endsAt));
    managementService.executeJob(timerJob(evaluation, "ProjectEnded").getId());
    assertThat(evaluation).hasPassed("ProjectEnded").isWaitingAtExactly("RequestEvaluation");
    assertThat(followUpOf(application).getInvitedAt()).isNull();
    runDueJobs();

    assertThat(evaluation).hasPassed("RequestEvaluation").isWaitingAtExactly("SubmitEvaluation");
    assertThat(followUpOf(application).getInvitedAt()).isEqualTo(endsAt);
    // kl-ds-mentor has no applicant signature: the workplace's manager reports and evaluates.
    assertThat(task(application, "SubmitEvaluation")).hasName("Indsend slutevaluering – " + application.getApplicationNumber())
        .isAssignedTo("nearestmanager").hasCandidateGroupAssociated("signer").hasDueDate(Date.from(endsAt.plus(Duration.ofDays(14))));
    assertThat(timerJob(evaluation, "EvaluationReminderDue").getDuedate()).isEqualTo(Date.from(endsAt.plus(Duration.ofDays(7))));
    assertThat(timerJob(evaluation, "EvaluationOverdue").getDuedate()).isEqualTo(Date.from(endsAt.plus(Duration.ofDays(14))));
  }

  @Test
  void reminderAfterAWeekThenTheSubmittedEvaluationIsRecorded() {
    GrantApplication application = mentorCaseAfterFirstPayout();
    ProcessInstance evaluation = stage(application, "finalEvaluation");
    Instant endsAt = expectedEvaluationAt(application);
    moveClockTo(endsAt);
    Task submitTask = task(application, "SubmitEvaluation");

    moveClockTo(endsAt.plus(Duration.ofDays(7)).minus(Duration.ofMinutes(1)));
    assertThat(followUpOf(application).getRemindersSent()).isZero();
    moveClockTo(endsAt.plus(Duration.ofDays(7)));
    assertThat(evaluation).hasPassed("EvaluationReminderDue", "RemindOfEvaluation", "EvaluationReminded")
        .isWaitingAtExactly("SubmitEvaluation");
    assertThat(task(application, "SubmitEvaluation").getId()).isEqualTo(submitTask.getId());
    assertThat(followUpOf(application).getRemindersSent()).isEqualTo(1);

    Instant submittedAt = endsAt.plus(Duration.ofDays(9));
    moveClockTo(submittedAt);
    complete(application, "SubmitEvaluation",
        withVariables("evaluationRating", "GOOD", "evaluationAnswers", "Mentorordningen fortsætter efter projektet"));

    assertThat(evaluation).hasPassed("SubmitEvaluation", "EvaluationSubmitted")
        .hasNotPassed("EvaluationOverdue", "FollowUpEvaluation").isEnded();
    FollowUp submitted = followUpOf(application);
    assertThat(submitted.getRating()).isEqualTo("GOOD");
    assertThat(submitted.getAnswers()).isEqualTo("Mentorordningen fortsætter efter projektet");
    assertThat(submitted.getCompletedBy()).isEqualTo("nearestmanager");
    assertThat(submitted.getCompletedAt()).isEqualTo(submittedAt);
    assertThat(submitted.getHeld()).isNull();
    assertThat(submitted.isOverdue()).isFalse();
    assertThat(event(application, "FINAL_EVALUATION_RECORDED").getDetail()).isNull();
    assertThat(managementService.createJobQuery().processInstanceId(evaluation.getId()).count()).isZero();
    assertThat(mainProcess(application)).isWaitingAt("SecondPayout");
  }

  @Test
  void evaluationOverdueAfterTwoWeeksGoesToCaseworkersAndIsRecordedAsOverdue() {
    GrantApplication application = mentorCaseAfterFirstPayout();
    ProcessInstance evaluation = stage(application, "finalEvaluation");
    Instant dueAt = expectedEvaluationAt(application).plus(Duration.ofDays(14));
    moveClockTo(dueAt.minus(Duration.ofMinutes(1)));
    assertThat(evaluation).isWaitingAtExactly("SubmitEvaluation");

    moveClockTo(dueAt);

    assertThat(evaluation).hasPassed("EvaluationOverdue").isWaitingAtExactly("FollowUpEvaluation");
    assertThat(tasks(application, "SubmitEvaluation")).isEmpty();
    Task followUpTask = task(application, "FollowUpEvaluation");
    assertThat(followUpTask).hasName("Følg op: slutevaluering mangler – " + application.getApplicationNumber()).isNotAssigned().hasCandidateGroup(MENTOR_CASEWORKERS);
    assertThat(followUpOf(application).getCompletedAt()).isNull();

    identityService.setAuthentication(CASEWORKER, List.of(Groups.CASEWORKER, MENTOR_CASEWORKERS));
    try {
      taskService.complete(followUpTask.getId(),
          withVariables("evaluationRating", "NEUTRAL", "evaluationAnswers", "Indhentet telefonisk hos lederen"));
    } finally {
      identityService.clearAuthentication();
    }
    runDueJobs();

    assertThat(evaluation).hasPassed("FollowUpEvaluation", "EvaluationFollowedUp").hasNotPassed("EvaluationSubmitted").isEnded();
    FollowUp followedUp = followUpOf(application);
    assertThat(followedUp.isOverdue()).isTrue();
    assertThat(followedUp.getRating()).isEqualTo("NEUTRAL");
    assertThat(followedUp.getAnswers()).isEqualTo("Indhentet telefonisk hos lederen");
    assertThat(followedUp.getCompletedBy()).isEqualTo(CASEWORKER);
    assertThat(followedUp.getCompletedAt()).isEqualTo(dueAt);
    CaseEvent recorded = event(application, "FINAL_EVALUATION_RECORDED");
    assertThat(recorded.getDetail()).isEqualTo("after follow-up");
    assertThat(recorded.getActor()).isEqualTo(CASEWORKER);
    assertThat(mainProcess(application)).isWaitingAt("SecondPayout");
  }

  @Test
  void unknownRatingOrMissingAnswersAreRefused() {
    GrantApplication application = mentorCaseAfterFirstPayout();
    ProcessInstance evaluation = stage(application, "finalEvaluation");
    moveClockTo(expectedEvaluationAt(application));
    Task submitTask = task(application, "SubmitEvaluation");

    assertRefused(submitTask, withVariables("evaluationRating", "EXCELLENT", "evaluationAnswers", "Fint"),
        "The rating must be one of");
    assertRefused(submitTask, withVariables("evaluationAnswers", "Fint"), "The rating is required");
    assertRefused(submitTask, withVariables("evaluationRating", "GOOD"), "The evaluation is required");
    assertRefused(submitTask, withVariables("evaluationRating", "GOOD", "evaluationAnswers", " "), "The evaluation is required");

    assertThat(evaluation).isWaitingAtExactly("SubmitEvaluation");
    assertThat(task(application, "SubmitEvaluation").getId()).isEqualTo(submitTask.getId());
    FollowUp unanswered = followUpOf(application);
    assertThat(unanswered.getCompletedAt()).isNull();
    assertThat(unanswered.getRating()).isNull();
    assertThat(unanswered.getAnswers()).isNull();
    assertThat(events(application))
        .extracting(CaseEvent::getEventType).doesNotContain("FINAL_EVALUATION_RECORDED");
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** A kl-ds-mentor case through contract, midway meeting and first instalment. */
  private GrantApplication mentorCaseAfterFirstPayout() {
    moveClockTo(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    GrantApplication application = submit(MENTOR);
    signAll(application);
    approve(application, "40000");
    complete(application, "SignContractForWorkplace", withVariables("contractAccepted", true));
    complete(application, "SignContractForPool", withVariables("contractAccepted", true));
    moveClockTo(application.getProjectStart().plusDays(121).atStartOfDay(EngineTime.ZONE).toInstant());
    complete(application, "RecordMeeting", withVariables("meetingHeld", true, "meetingNotes", "God fremdrift"));
    assertThat(stage(application, "finalEvaluation")).isNull();
    reportAndPay(application, "20000", "20000");
    assertThat(mainProcess(application)).isWaitingAt("EvaluateProject");
    return application;
  }

  private static Instant expectedEvaluationAt(GrantApplication application) {
    return application.getProjectEnd().atTime(9, 0).atZone(EngineTime.ZONE).toInstant();
  }

  /** The engine wraps a task listener's refusal (ENGINE-03051); the refusal itself is the root cause. */
  private void assertRefused(Task task, Map<String, Object> variables, String message) {
    assertThatThrownBy(() -> taskService.complete(task.getId(), variables))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(message);
  }

  private Job timerJob(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private FollowUp followUpOf(GrantApplication application) {
    return followUps.findByApplicationIdAndKind(application.getId(), FollowUp.Kind.FINAL_EVALUATION).orElseThrow();
  }
}

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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * midway-meeting.bpmn: a kl-ds-mentor case meets at the middle of its project period, 10:00 Danish time.
 * Invitation two weeks before, reminder two days before, the record is overdue a week after.
 */
class MidwayMeetingProcessTest extends ProcessTest {

  private static final String CASEWORKER = "midway-caseworker";

  @Autowired FollowUpRepository followUps;
  @Autowired IdentityBootstrap identity;
  @Autowired IdentityService identityService;

  @BeforeEach
  void caseworkerExists() {
    identity.ensureUser(CASEWORKER, "caseworker-password", "Karin", "Sagsbehandler", null, Groups.CASEWORKER, MENTOR_CASEWORKERS);
  }

  @Test
  void meetingIsScheduledAtTheProjectMidpointAtTenDanishTime() {
    GrantApplication application = mentorCaseWithSignedContract();
    ProcessInstance meeting = stage(application, "midwayMeeting");
    Instant meetingAt = expectedMeetingAt(application);

    assertThat(meeting).hasPassed("MidwayMeetingDue", "ScheduleMidwayMeeting").isWaitingAtExactly("InvitationTime");
    assertThat(meetingAt.atZone(EngineTime.ZONE).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
    assertThat(runtimeService.getVariables(meeting.getId())).containsAllEntriesOf(Map.of(
        "meetingAt", Date.from(meetingAt),
        "invitationAt", Date.from(meetingAt.minus(Duration.ofDays(14))),
        "meetingReminderAt", Date.from(meetingAt.minus(Duration.ofDays(2))),
        "meetingRecordDueAt", Date.from(meetingAt.plus(Duration.ofDays(7)))));
    assertThat(meeting).job("InvitationTime").hasDueDate(Date.from(meetingAt.minus(Duration.ofDays(14))));

    FollowUp scheduled = followUpOf(application);
    assertThat(scheduled.getScheduledAt()).isEqualTo(meetingAt);
    assertThat(scheduled.getInvitedAt()).isNull();
    assertThat(scheduled.getRemindersSent()).isZero();
    assertThat(scheduled.getCompletedAt()).isNull();
    assertThat(event(application, "MIDWAY_MEETING_SCHEDULED").getDetail()).isEqualTo(meetingAt.toString());
  }

  @Test
  void invitationGoesOutTwoWeeksBeforeTheMeetingAndOpensTheRecordTask() {
    GrantApplication application = mentorCaseWithSignedContract();
    ProcessInstance meeting = stage(application, "midwayMeeting");
    Instant meetingAt = expectedMeetingAt(application);
    Instant invitationAt = meetingAt.minus(Duration.ofDays(14));

    moveClockTo(invitationAt.minus(Duration.ofMinutes(1)));
    assertThat(meeting).isWaitingAtExactly("InvitationTime");

    ClockUtil.setCurrentTime(Date.from(invitationAt));
    managementService.executeJob(timerJob(meeting, "InvitationTime").getId());
    // The invitation is sent asynchronously, after the timer's transaction.
    assertThat(meeting).hasPassed("InvitationTime").isWaitingAtExactly("InviteToMeeting");
    assertThat(followUpOf(application).getInvitedAt()).isNull();
    runDueJobs();

    assertThat(meeting).hasPassed("InviteToMeeting", "InvitationSent").isWaitingAtExactly("RecordMeeting", "AnswerMeetingInvitation");
    assertThat(followUpOf(application).getInvitedAt()).isEqualTo(invitationAt);
    assertThat(task(application, "AnswerMeetingInvitation"))
        .hasName("Svar på invitation til midtvejsmøde – " + application.getApplicationNumber())
        .isAssignedTo("nearestmanager").hasDueDate(Date.from(meetingAt));
    assertThat(task(application, "RecordMeeting")).hasName("Registrer midtvejsmøde – " + application.getApplicationNumber())
        .isNotAssigned().hasCandidateGroup(MENTOR_CASEWORKERS).hasDueDate(Date.from(meetingAt.plus(Duration.ofDays(7))));
    assertThat(timerJob(meeting, "MeetingReminderDue").getDuedate()).isEqualTo(Date.from(meetingAt.minus(Duration.ofDays(2))));
    assertThat(timerJob(meeting, "MeetingRecordOverdue").getDuedate()).isEqualTo(Date.from(meetingAt.plus(Duration.ofDays(7))));
  }

  @Test
  void reminderTwoDaysBeforeLeavesTheTaskOpenAndTheRecordCompletesTheMeeting() {
    GrantApplication application = mentorCaseWithSignedContract();
    ProcessInstance meeting = stage(application, "midwayMeeting");
    Instant meetingAt = expectedMeetingAt(application);
    moveClockTo(meetingAt.minus(Duration.ofDays(14)));
    Task recordTask = task(application, "RecordMeeting");

    moveClockTo(meetingAt.minus(Duration.ofDays(2)).minus(Duration.ofMinutes(1)));
    assertThat(followUpOf(application).getRemindersSent()).isZero();
    moveClockTo(meetingAt.minus(Duration.ofDays(2)));
    assertThat(meeting).hasPassed("MeetingReminderDue", "RemindOfMeeting", "MeetingReminded")
        .isWaitingAtExactly("RecordMeeting", "AnswerMeetingInvitation");
    assertThat(task(application, "RecordMeeting").getId()).isEqualTo(recordTask.getId());
    assertThat(followUpOf(application).getRemindersSent()).isEqualTo(1);

    Instant recordedAt = meetingAt.plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    moveClockTo(recordedAt);
    // A caseworker completes the unclaimed task signed in, as Tasklist and the REST API do.
    completeAsCaseworker(recordTask, withVariables("meetingHeld", true, "meetingNotes", "God fremdrift; mentorerne mødes hver uge"));

    assertThat(meeting).hasPassed("RecordMeeting", "MeetingRecorded", "MeetingStartedUnanswered", "InvitationUnanswered")
        .hasNotPassed("MeetingRecordOverdue", "FollowUpMeeting", "InvitationAnswered").isEnded();
    assertThat(followUpOf(application).getInvitationAnswer()).isNull();
    FollowUp recorded = followUpOf(application);
    assertThat(recorded.getCompletedAt()).isEqualTo(recordedAt);
    assertThat(recorded.getCompletedBy()).isEqualTo(CASEWORKER);
    assertThat(recorded.getHeld()).isTrue();
    assertThat(recorded.getAnswers()).isEqualTo("God fremdrift; mentorerne mødes hver uge");
    assertThat(recorded.isOverdue()).isFalse();
    assertThat(recorded.getRemindersSent()).isEqualTo(1);
    CaseEvent event = event(application, "MIDWAY_MEETING_RECORDED");
    assertThat(event.getActor()).isEqualTo(CASEWORKER);
    assertThat(event.getDetail()).isNull();
    assertThat(managementService.createJobQuery().processInstanceId(meeting.getId()).count()).isZero();
    assertThat(mainProcess(application)).isWaitingAt("FirstPayout");
  }

  @Test
  void theWorkplaceAnswersTheInvitationAndTheCaseworkerSeesTheAnswer() {
    GrantApplication application = mentorCaseWithSignedContract();
    ProcessInstance meeting = stage(application, "midwayMeeting");
    moveClockTo(expectedMeetingAt(application).minus(Duration.ofDays(14)));
    Task answer = task(application, "AnswerMeetingInvitation");

    assertThatThrownBy(() -> taskService.complete(answer.getId(), withVariables("invitationAnswer", "MAYBE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("The answer must be one of");
    complete(application, "AnswerMeetingInvitation",
        withVariables("invitationAnswer", "NEW_TIME_NEEDED", "invitationComment", "Vi kan først om eftermiddagen"));

    assertThat(meeting).hasPassed("AnswerMeetingInvitation", "InvitationAnswered").hasNotPassed("InvitationUnanswered")
        .isWaitingAtExactly("RecordMeeting");
    FollowUp answered = followUpOf(application);
    assertThat(answered.getInvitationAnswer()).isEqualTo("NEW_TIME_NEEDED");
    assertThat(answered.getInvitationComment()).isEqualTo("Vi kan først om eftermiddagen");
    assertThat(event(application, "MIDWAY_MEETING_INVITATION_ANSWERED").getDetail()).isEqualTo("NEW_TIME_NEEDED");
    assertThat(runtimeService.getVariables(meeting.getId())).doesNotContainKeys("invitationAnswer", "invitationComment");
  }

  @Test
  void unrecordedMeetingBecomesAnOverdueFollowUpForCaseworkersAndManagers() {
    GrantApplication application = mentorCaseWithSignedContract();
    ProcessInstance meeting = stage(application, "midwayMeeting");
    Instant dueAt = expectedMeetingAt(application).plus(Duration.ofDays(7));
    moveClockTo(dueAt.minus(Duration.ofMinutes(1)));
    assertThat(meeting).isWaitingAtExactly("RecordMeeting");

    moveClockTo(dueAt);

    assertThat(meeting).hasPassed("MeetingRecordOverdue").isWaitingAtExactly("FollowUpMeeting");
    assertThat(tasks(application, "RecordMeeting")).isEmpty();
    Task followUpTask = task(application, "FollowUpMeeting");
    assertThat(followUpTask).hasName("Følg op: midtvejsmøde ikke registreret – " + application.getApplicationNumber()).isNotAssigned()
        .hasCandidateGroup(MENTOR_CASEWORKERS).hasCandidateGroup("manager");
    assertThat(taskService.getIdentityLinksForTask(followUpTask.getId()))
        .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .extracting(IdentityLink::getGroupId)
        .containsExactlyInAnyOrder(MENTOR_CASEWORKERS, "manager");
    assertThat(followUpOf(application).getCompletedAt()).isNull();

    assertThatThrownBy(() -> taskService.complete(followUpTask.getId(), withVariables("meetingHeld", false)))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("The minutes or answers is required");
    complete(application, "FollowUpMeeting",
        withVariables("meetingHeld", false, "meetingNotes", "Mødet blev aflyst; nyt møde er aftalt"));

    assertThat(meeting).hasPassed("FollowUpMeeting", "MeetingFollowedUp").hasNotPassed("MeetingRecorded").isEnded();
    FollowUp followedUp = followUpOf(application);
    assertThat(followedUp.isOverdue()).isTrue();
    assertThat(followedUp.getHeld()).isFalse();
    assertThat(followedUp.getAnswers()).isEqualTo("Mødet blev aflyst; nyt møde er aftalt");
    assertThat(followedUp.getCompletedAt()).isEqualTo(dueAt);
    assertThat(event(application, "MIDWAY_MEETING_RECORDED").getDetail()).isEqualTo("after follow-up");
    assertThat(mainProcess(application)).isWaitingAt("FirstPayout");
  }

  @Test
  void recordWithoutMinutesIsRefused() {
    GrantApplication application = mentorCaseWithSignedContract();
    ProcessInstance meeting = stage(application, "midwayMeeting");
    moveClockTo(expectedMeetingAt(application));
    Task recordTask = task(application, "RecordMeeting");

    for (Map<String, Object> incomplete : List.<Map<String, Object>>of(
        withVariables("meetingHeld", true), withVariables("meetingHeld", true, "meetingNotes", "   "))) {
      assertThatThrownBy(() -> taskService.complete(recordTask.getId(), incomplete))
          .isInstanceOf(FormFieldValidationException.class)
          .hasMessageContaining("The minutes or answers is required");
    }

    assertThat(meeting).isWaitingAtExactly("RecordMeeting");
    assertThat(task(application, "RecordMeeting").getId()).isEqualTo(recordTask.getId());
    FollowUp unrecorded = followUpOf(application);
    assertThat(unrecorded.getCompletedAt()).isNull();
    assertThat(unrecorded.getHeld()).isNull();
    assertThat(unrecorded.getAnswers()).isNull();
    assertThat(events(application))
        .extracting(CaseEvent::getEventType).doesNotContain("MIDWAY_MEETING_RECORDED");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private GrantApplication mentorCaseWithSignedContract() {
    moveClockTo(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    GrantApplication application = submit(MENTOR);
    signAll(application);
    approve(application, "40000");
    complete(application, "SignContractForWorkplace", withVariables("contractAccepted", true));
    complete(application, "SignContractForPool", withVariables("contractAccepted", true));
    assertThat(mainProcess(application)).isWaitingAt("HoldMidwayMeeting");
    return application;
  }

  /** The mentor project runs 240 days; its middle is day 120, and the meeting is at 10:00 Danish time. */
  private static Instant expectedMeetingAt(GrantApplication application) {
    assertThat(ChronoUnit.DAYS.between(application.getProjectStart(), application.getProjectEnd())).isEqualTo(240);
    return application.getProjectStart().plusDays(120).atTime(10, 0).atZone(EngineTime.ZONE).toInstant();
  }

  private void completeAsCaseworker(Task task, Map<String, Object> variables) {
    identityService.setAuthentication(CASEWORKER, List.of(Groups.CASEWORKER, MENTOR_CASEWORKERS));
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
    runDueJobs();
  }

  private Job timerJob(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  private FollowUp followUpOf(GrantApplication application) {
    return followUps.findByApplicationIdAndKind(application.getId(), FollowUp.Kind.MIDWAY_MEETING).orElseThrow();
  }
}

package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.CaseLog;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record coaching meeting": a meeting with the job coach, reported during the support period. Its facts
 * come with the message as transient variables and are stored only in the participant's tables.
 */
@Component
class RecordCoachingMeetingDelegate implements JavaDelegate {

  private final TransitionProjects projects;
  private final CoachingMeetingRepository meetings;
  private final CaseLog caseLog;

  RecordCoachingMeetingDelegate(TransitionProjects projects, CoachingMeetingRepository meetings, CaseLog caseLog) {
    this.projects = projects;
    this.meetings = meetings;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object on = execution.getVariable(TransitionProcess.MEETING_ON);
    Object type = execution.getVariable(TransitionProcess.MEETING_TYPE);
    if (on == null || type == null) {
      throw new IllegalArgumentException("A coaching meeting needs " + TransitionProcess.MEETING_ON + " and "
          + TransitionProcess.MEETING_TYPE + ": correlate " + TransitionProcess.COACHING_MEETING_MESSAGE + " with them");
    }
    Object note = execution.getVariable(TransitionProcess.MEETING_NOTE);
    Object recordedBy = execution.getVariable(TransitionProcess.MEETING_RECORDED_BY);
    String actor = recordedBy == null ? caseLog.currentUser() : recordedBy.toString();
    Participant participant = projects.of(execution);
    CoachingMeeting meeting = meetings.save(new CoachingMeeting(participant.getId(), LocalDate.parse(on.toString()),
        MeetingType.valueOf(type.toString()), note == null ? null : note.toString(), EngineTime.now(), actor));
    caseLog.record(participant.getApplicationId(), "COACHING_MEETING", actor,
        participant.getParticipantNumber() + ": " + meeting.getHeldOn() + " " + meeting.getMeetingType());
  }
}

package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.TaskForms;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Book mapping meeting": the adviser books the meeting at which the person learns what the support is
 * and the adviser identifies their needs, before the person decides to join. The person is invited by letter.
 */
@Component
class BookMappingMeetingListener implements TaskListener {

  static final String MEETING_AT = "mappingMeetingStart";
  static final String PLACE = "mappingMeetingPlace";
  static final String ADVISER = "adviserName";

  private final TransitionProjects projects;
  private final TransitionLetters letters;
  private final CaseLog caseLog;

  BookMappingMeetingListener(TransitionProjects projects, TransitionLetters letters, CaseLog caseLog) {
    this.projects = projects;
    this.letters = letters;
    this.caseLog = caseLog;
  }

  @Override
  public void notify(DelegateTask task) {
    Instant at = TransitionForms.requiredDateTime(task, MEETING_AT, "The time of the mapping meeting");
    String place = TaskForms.requiredText(task, PLACE, "The place of the mapping meeting", 200);
    String adviser = TaskForms.requiredText(task, ADVISER, "The adviser", 200);
    Participant participant = projects.of(task);
    if (at.isBefore(EngineTime.now())) {
      throw TaskForms.refuse(MEETING_AT, "The mapping meeting must not be in the past");
    }
    if (TransitionTime.dayOf(at).isAfter(participant.getSupportEndsOn())) {
      throw TaskForms.refuse(MEETING_AT, "The mapping meeting must be held by " + participant.getSupportEndsOn()
          + ", the last day the person can get support");
    }
    participant.mappingMeetingBooked(at, place, adviser);
    caseLog.record(participant.getApplicationId(), "MAPPING_MEETING_BOOKED", participant.getParticipantNumber() + ": " + at);
    letters.mappingMeetingInvitation(participant, projects.projectOf(participant));
    TransitionForms.consume(task, MEETING_AT, PLACE, ADVISER);
    task.setVariable(TransitionProcess.MAPPING_MEETING_AT, Date.from(at));
    projects.refreshSummary(task, participant);
  }
}

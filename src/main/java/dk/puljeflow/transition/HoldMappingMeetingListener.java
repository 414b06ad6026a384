package dk.puljeflow.transition;

import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Hold mapping meeting": the meeting was held, and the adviser records the person's need level (which
 * sets the funding if they join); or the person did not come, and a new meeting is booked.
 */
@Component
class HoldMappingMeetingListener implements TaskListener {

  static final String HELD = "meetingHeld";
  static final String NEED_LEVEL = "needLevelAssessed";
  static final String NEEDS_NOTE = "needsNote";

  private final TransitionProjects projects;
  private final CaseLog caseLog;

  HoldMappingMeetingListener(TransitionProjects projects, CaseLog caseLog) {
    this.projects = projects;
    this.caseLog = caseLog;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean held = TaskForms.checked(task, HELD);
    Participant participant = projects.of(task);
    if (held) {
      NeedLevel level = TaskForms.requiredChoice(task, NEED_LEVEL, "The need level", NeedLevel.class);
      String note = TaskForms.optionalText(task, NEEDS_NOTE, "The needs", 2000);
      participant.mappingMeetingHeld(TransitionTime.today(), level, note);
      caseLog.record(participant.getApplicationId(), "MAPPING_MEETING_HELD", participant.getParticipantNumber() + ": " + level);
    } else {
      participant.mappingMeetingMissed();
      caseLog.record(participant.getApplicationId(), "MAPPING_MEETING_MISSED", participant.getParticipantNumber());
    }
    TransitionForms.consume(task, HELD, NEED_LEVEL, NEEDS_NOTE);
    task.setVariable(TransitionProcess.MEETING_HELD, held);
    projects.refreshSummary(task, participant);
  }
}

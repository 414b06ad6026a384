package dk.puljeflow.followup;

import dk.puljeflow.application.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Record midway meeting" (or its overdue follow-up) stores attendance and minutes. */
@Component
class RecordMeetingListener implements TaskListener {

  static final String FOLLOW_UP_TASK = "FollowUpMeeting";

  private final FollowUps followUps;

  RecordMeetingListener(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    String notes = TaskForms.requiredText(task, "meetingNotes", "The minutes or answers");
    followUps.complete(task, FollowUp.Kind.MIDWAY_MEETING, TaskForms.checked(task, "meetingHeld"), null, notes,
        FOLLOW_UP_TASK.equals(task.getTaskDefinitionKey()));
  }
}

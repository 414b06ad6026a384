package dk.puljeflow.followup;

import dk.puljeflow.notification.NoticeType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind of meeting". */
@Component
class RemindOfMidwayMeetingDelegate implements JavaDelegate {

  private final FollowUps followUps;

  RemindOfMidwayMeetingDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUps.notifyApplicant(execution, FollowUp.Kind.MIDWAY_MEETING, NoticeType.MIDWAY_MEETING_REMINDER, true);
  }
}

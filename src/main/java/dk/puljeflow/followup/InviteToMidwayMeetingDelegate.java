package dk.puljeflow.followup;

import dk.puljeflow.notification.NoticeType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Invite to midway meeting". */
@Component
class InviteToMidwayMeetingDelegate implements JavaDelegate {

  private final FollowUps followUps;

  InviteToMidwayMeetingDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUps.notifyApplicant(execution, FollowUp.Kind.MIDWAY_MEETING, NoticeType.MIDWAY_MEETING_INVITATION, false);
  }
}

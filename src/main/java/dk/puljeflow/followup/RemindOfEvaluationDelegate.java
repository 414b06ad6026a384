package dk.puljeflow.followup;

import dk.puljeflow.notification.NoticeType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind of evaluation". */
@Component
class RemindOfEvaluationDelegate implements JavaDelegate {

  private final FollowUps followUps;

  RemindOfEvaluationDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUps.notifyApplicant(execution, FollowUp.Kind.FINAL_EVALUATION, NoticeType.EVALUATION_REMINDER, true);
  }
}

package dk.puljeflow.followup;

import dk.puljeflow.notification.NoticeType;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Request evaluation". */
@Component
class RequestEvaluationDelegate implements JavaDelegate {

  private final FollowUps followUps;

  RequestEvaluationDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    followUps.notifyApplicant(execution, FollowUp.Kind.FINAL_EVALUATION, NoticeType.EVALUATION_REQUEST, false);
  }
}

package dk.puljeflow.payout;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Notify about payout": tells the applicant side what will be paid. */
@Component
class NotifyPayoutDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final Notifier notifier;

  NotifyPayoutDelegate(ApplicationRegistry registry, Notifier notifier) {
    this.registry = registry;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    notifier.send(new Notice(NoticeType.PAYOUT_MADE, application.getId(), application.getApplicantEmail(), Map.of(
        "applicationNumber", application.getApplicationNumber(),
        "stage", PayoutProcess.stage(execution),
        "amount", new java.math.BigDecimal(execution.getVariable(PayoutProcess.APPROVED_AMOUNT).toString())),
        String.valueOf(PayoutProcess.stage(execution))));
  }
}

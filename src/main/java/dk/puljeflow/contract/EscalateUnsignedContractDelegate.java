package dk.puljeflow.contract;

import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Escalate unsigned contract": the signing deadline passed; the pool's caseworkers follow up. */
@Component
class EscalateUnsignedContractDelegate implements JavaDelegate {

  private final CaseLog caseLog;
  private final Notifier notifier;

  EscalateUnsignedContractDelegate(CaseLog caseLog, Notifier notifier) {
    this.caseLog = caseLog;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long applicationId = ProcessVariables.applicationId(execution);
    caseLog.record(applicationId, "CONTRACT_OVERDUE", null);
    notifier.send(new Notice(NoticeType.SLA_ESCALATION, applicationId,
        Notice.group((String) execution.getVariable(ProcessVariables.CASEWORKER_GROUP)), Map.of(
            "applicationNumber", execution.getVariable(ProcessVariables.APPLICATION_NUMBER),
            "overdue", "contract"), "contract"));
  }
}

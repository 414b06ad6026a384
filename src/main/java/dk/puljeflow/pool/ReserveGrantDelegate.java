package dk.puljeflow.pool;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.GrantProcess;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import java.util.Map;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Reserve grant": sets the granted amount aside; a pool without room is a modelled rejection. */
@Component
class ReserveGrantDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final BudgetLedger ledger;
  private final CaseLog caseLog;
  private final Notifier notifier;

  ReserveGrantDelegate(ApplicationRegistry registry, BudgetLedger ledger, CaseLog caseLog, Notifier notifier) {
    this.registry = registry;
    this.ledger = ledger;
    this.caseLog = caseLog;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    try {
      ledger.reserve(application.getPoolId(), application.getId(), application.getGrantedAmount());
    } catch (PoolExhaustedException e) {
      throw new BpmnError(GrantProcess.POOL_EXHAUSTED_ERROR, e.getMessage());
    }
    application.moveTo(ApplicationStatus.APPROVED);
    caseLog.record(application.getId(), "APPROVED", application.getGrantedAmount().toPlainString());
    notifier.send(new Notice(NoticeType.DECISION_APPROVED, application.getId(), application.getApplicantEmail(), Map.of(
        "applicationNumber", application.getApplicationNumber(),
        "grantedAmount", application.getGrantedAmount())));
  }
}

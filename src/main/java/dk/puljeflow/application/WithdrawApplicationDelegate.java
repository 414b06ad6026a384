package dk.puljeflow.application;

import dk.puljeflow.EngineTime;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import dk.puljeflow.pool.BudgetLedger;
import dk.puljeflow.signature.SignatureRequests;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Withdraw application": the interrupting event subprocess has already cancelled every open task and
 * timer of the case, its stage processes included; this releases the money and ends the case.
 */
@Component
class WithdrawApplicationDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final SignatureRequests signatures;
  private final BudgetLedger ledger;
  private final CaseLog caseLog;
  private final Notifier notifier;

  WithdrawApplicationDelegate(ApplicationRegistry registry, SignatureRequests signatures, BudgetLedger ledger,
      CaseLog caseLog, Notifier notifier) {
    this.registry = registry;
    this.signatures = signatures;
    this.ledger = ledger;
    this.caseLog = caseLog;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    String reason = (String) execution.getVariable("withdrawalReason");
    ledger.releaseRemaining(application.getPoolId(), application.getId(), "withdrawn");
    signatures.expirePending(application.getId());
    application.close(ApplicationStatus.WITHDRAWN, EngineTime.now());
    caseLog.record(application.getId(), "WITHDRAWN", reason);
    Map<String, Object> facts = new HashMap<>();
    facts.put("applicationNumber", application.getApplicationNumber());
    facts.put("reason", reason);
    notifier.send(new Notice(NoticeType.WITHDRAWAL_CONFIRMED, application.getId(), application.getApplicantEmail(), facts));
  }
}

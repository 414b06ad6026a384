package dk.puljeflow.application;

import dk.puljeflow.EngineTime;
import dk.puljeflow.pool.BudgetLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Close case": every stage is done; anything still reserved goes back to the pool. */
@Component
class CloseCaseDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final BudgetLedger ledger;
  private final CaseLog caseLog;

  CloseCaseDelegate(ApplicationRegistry registry, BudgetLedger ledger, CaseLog caseLog) {
    this.registry = registry;
    this.ledger = ledger;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    ledger.releaseRemaining(application.getPoolId(), application.getId(), "case closed");
    application.close(ApplicationStatus.CLOSED, EngineTime.now());
    caseLog.record(application.getId(), "CLOSED", null);
  }
}

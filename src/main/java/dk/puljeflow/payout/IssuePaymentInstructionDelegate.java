package dk.puljeflow.payout;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.application.TaskForms;
import dk.puljeflow.pool.BudgetLedger;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Issue payment instruction": books the payout against the reservation and leaves the instruction
 * for finance. After the last instalment whatever is left of the reservation goes back to the pool.
 */
@Component
class IssuePaymentInstructionDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final BudgetLedger ledger;
  private final PaymentInstructionRepository instructions;
  private final CaseLog caseLog;

  IssuePaymentInstructionDelegate(ApplicationRegistry registry, BudgetLedger ledger, PaymentInstructionRepository instructions,
      CaseLog caseLog) {
    this.registry = registry;
    this.ledger = ledger;
    this.instructions = instructions;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    int stage = PayoutProcess.stage(execution);
    BigDecimal amount = TaskForms.requiredAmount(execution, PayoutProcess.APPROVED_AMOUNT, "The approved amount");
    BigDecimal hours = TaskForms.optionalAmount(execution, PayoutProcess.USED_HOURS, "The hours used");
    ledger.payOut(application.getPoolId(), application.getId(), amount);
    instructions.save(new PaymentInstruction(application.getId(), stage, amount, registry.poolOf(application).getCurrency(),
        TaskForms.optionalAmount(execution, PayoutProcess.REPORTED_COSTS, "The documented costs"),
        hours == null ? null : hours.intValue(), EngineTime.now()));
    caseLog.record(application.getId(), "PAYOUT_INSTRUCTED", "stage " + stage + ": " + amount.toPlainString());
    if (Boolean.TRUE.equals(execution.getVariable(PayoutProcess.FINAL_STAGE))) {
      ledger.releaseRemaining(application.getPoolId(), application.getId(), "final payout below grant");
    }
  }
}

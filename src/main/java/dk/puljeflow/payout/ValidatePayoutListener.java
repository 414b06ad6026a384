package dk.puljeflow.payout;

import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.application.TaskForms;
import dk.puljeflow.pool.BudgetLedger;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks "Approve payout": never more than the documented costs, and never more than what is still
 * reserved for the application, so all instalments together stay within the grant.
 */
@Component
class ValidatePayoutListener implements TaskListener {

  private final BudgetLedger ledger;

  ValidatePayoutListener(BudgetLedger ledger) {
    this.ledger = ledger;
  }

  @Override
  public void notify(DelegateTask task) {
    BigDecimal approved = TaskForms.requiredAmount(task, PayoutProcess.APPROVED_AMOUNT, "The approved amount");
    BigDecimal costs = TaskForms.requiredAmount(task, PayoutProcess.REPORTED_COSTS, "The documented costs");
    BigDecimal remaining = ledger.reservedFor(ProcessVariables.applicationId(task));
    if (approved.compareTo(costs) > 0) {
      throw TaskForms.refuse(PayoutProcess.APPROVED_AMOUNT, "The approved amount must not exceed the documented costs of " + costs);
    }
    if (approved.compareTo(remaining) > 0) {
      throw TaskForms.refuse(PayoutProcess.APPROVED_AMOUNT, "Only " + remaining + " of the grant is left to pay out");
    }
  }
}

package dk.puljeflow.payout;

import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.application.TaskForms;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completing "Report use of grant": documented costs are required, hours optional. */
@Component
class RecordUsageReportListener implements TaskListener {

  static final String RECEIPT_LIST = "receiptList";

  private final CaseLog caseLog;
  private final Receipts receipts;

  RecordUsageReportListener(CaseLog caseLog, Receipts receipts) {
    this.caseLog = caseLog;
    this.receipts = receipts;
  }

  @Override
  public void notify(DelegateTask task) {
    BigDecimal costs = TaskForms.requiredAmount(task, PayoutProcess.REPORTED_COSTS, "The documented costs");
    BigDecimal hours = TaskForms.optionalAmount(task, PayoutProcess.USED_HOURS, "The hours used");
    caseLog.record(ProcessVariables.applicationId(task), "USE_REPORTED",
        "stage " + PayoutProcess.stage(task) + ": " + costs.toPlainString() + (hours == null ? "" : ", " + hours + " h"));
    // The approving caseworker sees the receipts as links in the payout form.
    task.getExecution().getProcessInstance().setVariable(RECEIPT_LIST, receipts.listFor(
        (String) task.getVariable(ProcessVariables.APPLICATION_NUMBER), ProcessVariables.applicationId(task),
        PayoutProcess.stage(task)));
  }
}

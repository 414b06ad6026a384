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

  private final CaseLog caseLog;

  RecordUsageReportListener(CaseLog caseLog) {
    this.caseLog = caseLog;
  }

  @Override
  public void notify(DelegateTask task) {
    BigDecimal costs = TaskForms.requiredAmount(task, PayoutProcess.REPORTED_COSTS, "The documented costs");
    BigDecimal hours = TaskForms.optionalAmount(task, PayoutProcess.USED_HOURS, "The hours used");
    caseLog.record(ProcessVariables.applicationId(task), "USE_REPORTED",
        "stage " + PayoutProcess.stage(task) + ": " + costs.toPlainString() + (hours == null ? "" : ", " + hours + " h"));
  }
}

package dk.puljeflow.transition;

import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.ProcessVariables;
import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Settle project funding": every person's support has ended. What the project did not spend at each
 * supplier moves to that supplier's savings, for a later project with higher needs.
 */
@Component
class SettleProjectFundingDelegate implements JavaDelegate {

  private final ProjectFunding funding;
  private final CaseLog caseLog;

  SettleProjectFundingDelegate(ProjectFunding funding, CaseLog caseLog) {
    this.funding = funding;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long applicationId = ProcessVariables.applicationId(execution);
    Map<String, BigDecimal> saved = funding.settle(applicationId);
    caseLog.record(applicationId, "PROJECT_SETTLED", saved.isEmpty() ? "no supplier"
        : saved.entrySet().stream().map(e -> e.getKey() + " saved " + e.getValue().toPlainString()).collect(Collectors.joining(", ")));
  }
}

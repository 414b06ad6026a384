package dk.puljeflow.decision;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.application.TaskForms;
import dk.puljeflow.EngineTime;
import java.math.BigDecimal;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Checks the caseworker's decision before "Assess application" completes: an approval names an
 * amount within what was applied for and the pool's cap; a rejection or a request for more
 * information gives the reason the applicant will read.
 */
@Component
class ValidateAssessmentListener implements TaskListener {

  /** The reason is stored with the decision and quoted in the letter to the applicant. */
  static final int MAX_REASON = 2000;

  private final ApplicationRegistry registry;

  ValidateAssessmentListener(ApplicationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = TaskForms.requiredText(task, DecisionProcess.DECISION, "The decision");
    switch (decision) {
      case DecisionProcess.APPROVED -> {
        checkApproval(task);
        TaskForms.optionalText(task, DecisionProcess.REASON, "The reason", MAX_REASON);
      }
      case DecisionProcess.REJECTED, DecisionProcess.MORE_INFO ->
          TaskForms.requiredText(task, DecisionProcess.REASON, "The reason", MAX_REASON);
      default -> throw TaskForms.refuse(DecisionProcess.DECISION, "The decision must be APPROVED, REJECTED or MORE_INFO");
    }
    // Recording happens in a later job; the decision counts from the moment the caseworker made it.
    task.getExecution().setVariable(DecisionProcess.DECIDED_AT, Date.from(EngineTime.now()));
  }

  private void checkApproval(DelegateTask task) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(task));
    BigDecimal cap = registry.poolOf(application).getCapPerApplication();
    BigDecimal amount = TaskForms.requiredAmount(task, DecisionProcess.GRANTED_AMOUNT, "The granted amount");
    if (amount.signum() == 0) {
      throw TaskForms.refuse(DecisionProcess.GRANTED_AMOUNT, "The granted amount must be more than 0");
    }
    if (amount.compareTo(application.getRequestedAmount()) > 0 || amount.compareTo(cap) > 0) {
      throw TaskForms.refuse(DecisionProcess.GRANTED_AMOUNT,
          "The granted amount must be at most the " + application.getRequestedAmount() + " applied for and the pool's cap of " + cap);
    }
    BigDecimal hours = TaskForms.optionalAmount(task, DecisionProcess.GRANTED_HOURS, "The granted hours");
    if (hours != null && hours.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw TaskForms.refuse(DecisionProcess.GRANTED_HOURS, "At most 100 buy-out hours can be granted");
    }
  }
}

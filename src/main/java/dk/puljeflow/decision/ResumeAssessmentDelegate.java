package dk.puljeflow.decision;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.ProcessVariables;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Resume assessment": the answer is in; the case goes back to the caseworker. */
@Component
class ResumeAssessmentDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final CaseLog caseLog;

  ResumeAssessmentDelegate(ApplicationRegistry registry, CaseLog caseLog) {
    this.registry = registry;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long applicationId = ProcessVariables.applicationId(execution);
    registry.find(applicationId).moveTo(ApplicationStatus.AWAITING_DECISION);
    caseLog.record(applicationId, "INFORMATION_PROVIDED", null);
    // A new round of assessment: the last round's answers (MORE_INFO and its question) must not be
    // prefilled in the form nor taken for the final decision's reason, amount or hours.
    for (String answer : List.of(DecisionProcess.DECISION, DecisionProcess.REASON, DecisionProcess.GRANTED_AMOUNT,
        DecisionProcess.GRANTED_HOURS)) {
      execution.removeVariable(answer);
    }
  }
}

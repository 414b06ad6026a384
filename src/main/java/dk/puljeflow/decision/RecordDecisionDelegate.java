package dk.puljeflow.decision;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.application.TaskForms;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record decision": stores what was decided. A rejection ends the case here; an approval becomes
 * final once the grant is reserved against the pool (next step of the main process).
 */
@Component
class RecordDecisionDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final CaseLog caseLog;
  private final Notifier notifier;

  RecordDecisionDelegate(ApplicationRegistry registry, CaseLog caseLog, Notifier notifier) {
    this.registry = registry;
    this.caseLog = caseLog;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    String decision = (String) execution.getVariable(DecisionProcess.DECISION);
    String reason = TaskForms.optionalText(execution, DecisionProcess.REASON);
    Instant decidedAt = execution.getVariable(DecisionProcess.DECIDED_AT) instanceof Date at ? at.toInstant() : EngineTime.now();
    // When the caseworker decided, not when this job ran: the end of the wait for a decision in the reports.
    caseLog.record(application.getId(), "DECIDED", decidedAt, decision);
    if (DecisionProcess.APPROVED.equals(decision)) {
      BigDecimal amount = TaskForms.requiredAmount(execution, DecisionProcess.GRANTED_AMOUNT, "The granted amount");
      BigDecimal hours = TaskForms.optionalAmount(execution, DecisionProcess.GRANTED_HOURS, "The granted hours");
      application.recordDecision(decidedAt, amount, hours == null ? null : hours.intValue(), reason);
    } else {
      application.recordDecision(decidedAt, null, null, reason);
      application.close(ApplicationStatus.REJECTED, EngineTime.now());
      caseLog.record(application.getId(), "REJECTED", reason);
      notifier.send(new Notice(NoticeType.DECISION_REJECTED, application.getId(), application.getApplicantEmail(), Map.of(
          "applicationNumber", application.getApplicationNumber(),
          "reason", reason)));
    }
  }
}

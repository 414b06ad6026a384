package dk.puljeflow.decision;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import dk.puljeflow.security.Groups;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Escalate to manager": the deadline is near and the case is undecided. */
@Component
class EscalateToManagerDelegate implements JavaDelegate {

  static final int ESCALATED_PRIORITY = 75;

  private final ApplicationRegistry registry;
  private final OpenAssessment openAssessment;
  private final CaseLog caseLog;
  private final Notifier notifier;

  EscalateToManagerDelegate(ApplicationRegistry registry, OpenAssessment openAssessment, CaseLog caseLog, Notifier notifier) {
    this.registry = registry;
    this.openAssessment = openAssessment;
    this.caseLog = caseLog;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    openAssessment.escalate(execution, ESCALATED_PRIORITY);
    caseLog.record(application.getId(), "ESCALATED", "decision due " + application.getDecisionDueAt());
    notifier.send(new Notice(NoticeType.SLA_ESCALATION, application.getId(), Notice.group(Groups.MANAGER), Map.of(
        "applicationNumber", application.getApplicationNumber(),
        "decisionDueAt", application.getDecisionDueAt()), "escalation"));
  }
}

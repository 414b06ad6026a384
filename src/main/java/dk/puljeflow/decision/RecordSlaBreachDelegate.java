package dk.puljeflow.decision;

import dk.puljeflow.EngineTime;
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

/**
 * "Record SLA breach": the deadline passed undecided. The breach is recorded for reports and the
 * open task goes to the top of the managers' and caseworkers' lists; the case itself goes on.
 */
@Component
class RecordSlaBreachDelegate implements JavaDelegate {

  static final int BREACHED_PRIORITY = 100;

  private final ApplicationRegistry registry;
  private final SlaBreachRepository breaches;
  private final OpenAssessment openAssessment;
  private final CaseLog caseLog;
  private final Notifier notifier;

  RecordSlaBreachDelegate(ApplicationRegistry registry, SlaBreachRepository breaches, OpenAssessment openAssessment,
      CaseLog caseLog, Notifier notifier) {
    this.registry = registry;
    this.breaches = breaches;
    this.openAssessment = openAssessment;
    this.caseLog = caseLog;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    breaches.save(new SlaBreach(application.getId(), application.getDecisionDueAt(), EngineTime.now()));
    openAssessment.escalate(execution, BREACHED_PRIORITY);
    caseLog.record(application.getId(), "SLA_BREACHED", "decision was due " + application.getDecisionDueAt());
    notifier.send(new Notice(NoticeType.SLA_ESCALATION, application.getId(), Notice.group(Groups.MANAGER), Map.of(
        "applicationNumber", application.getApplicationNumber(),
        "decisionDueAt", application.getDecisionDueAt(),
        "breached", true), "deadline"));
  }
}

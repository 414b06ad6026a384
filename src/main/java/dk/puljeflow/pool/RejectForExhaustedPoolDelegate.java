package dk.puljeflow.pool;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Reject: pool exhausted": approved on its merits, but the pool has no money left for it. */
@Component
class RejectForExhaustedPoolDelegate implements JavaDelegate {

  static final String REASON = "pool exhausted";

  private final ApplicationRegistry registry;
  private final CaseLog caseLog;
  private final Notifier notifier;

  RejectForExhaustedPoolDelegate(ApplicationRegistry registry, CaseLog caseLog, Notifier notifier) {
    this.registry = registry;
    this.caseLog = caseLog;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    application.recordDecision(application.getDecidedAt(), null, null, REASON);
    application.close(ApplicationStatus.REJECTED, EngineTime.now());
    caseLog.record(application.getId(), "REJECTED", REASON);
    notifier.send(new Notice(NoticeType.DECISION_REJECTED, application.getId(), application.getApplicantEmail(), Map.of(
        "applicationNumber", application.getApplicationNumber(),
        "reason", REASON)));
  }
}

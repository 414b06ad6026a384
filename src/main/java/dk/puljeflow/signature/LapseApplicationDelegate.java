package dk.puljeflow.signature;

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

/** "Lapse application": the signature period ran out before every party signed. */
@Component
class LapseApplicationDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final SignatureRequests signatures;
  private final CaseLog caseLog;
  private final Notifier notifier;

  LapseApplicationDelegate(ApplicationRegistry registry, SignatureRequests signatures, CaseLog caseLog, Notifier notifier) {
    this.registry = registry;
    this.signatures = signatures;
    this.caseLog = caseLog;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    signatures.expirePending(application.getId());
    application.close(ApplicationStatus.LAPSED, EngineTime.now());
    caseLog.record(application.getId(), "LAPSED", "signature period expired");
    execution.setVariable(SignatureProcess.OUTCOME, SignatureProcess.LAPSED);
    for (Signature signature : signatures.of(application.getId())) {
      notifier.send(new Notice(NoticeType.SIGNATURE_EXPIRED, application.getId(), signature.getSignerEmail(),
          Map.of("applicationNumber", application.getApplicationNumber())));
    }
  }
}

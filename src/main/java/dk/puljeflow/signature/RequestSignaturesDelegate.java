package dk.puljeflow.signature;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.link.LinkPurpose;
import dk.puljeflow.link.PersonalLink;
import dk.puljeflow.link.PersonalLinks;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolDeadlines;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Request signatures": opens the signature period and asks every required party to sign. */
@Component
class RequestSignaturesDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final SignatureRequests signatures;
  private final Notifier notifier;
  private final PersonalLinks links;
  private final PoolDeadlines deadlines;

  RequestSignaturesDelegate(ApplicationRegistry registry, SignatureRequests signatures, Notifier notifier,
      PersonalLinks links, PoolDeadlines deadlines) {
    this.registry = registry;
    this.signatures = signatures;
    this.notifier = notifier;
    this.links = links;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    Pool pool = registry.poolOf(application);
    Instant expiresAt = EngineTime.now().plus(deadlines.signatureExpiry(pool));
    application.awaitSignaturesUntil(expiresAt);

    execution.setVariable(SignatureProcess.EXPIRES_AT, Date.from(expiresAt));
    execution.setVariable(SignatureProcess.REMINDER_AFTER, deadlines.signatureReminder(pool).toString());
    execution.setVariable(SignatureProcess.DECLINED, false);

    for (Signature signature : signatures.of(application.getId())) {
      PersonalLink link = links.issue(application.getId(), LinkPurpose.SIGN_APPLICATION, signature.getSignerRole().name(),
          null, expiresAt);
      notifier.send(new Notice(NoticeType.SIGNATURE_REQUEST, application.getId(), signature.getSignerEmail(), Map.of(
          "applicationNumber", application.getApplicationNumber(),
          "role", signature.getSignerRole().danishName(),
          "expiresAt", expiresAt,
          Notice.LINK_ID, link.getId())));
    }
  }
}

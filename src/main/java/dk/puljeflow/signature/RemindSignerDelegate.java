package dk.puljeflow.signature;

import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.link.LinkPurpose;
import dk.puljeflow.link.PersonalLink;
import dk.puljeflow.link.PersonalLinks;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Remind signer": the party of this signature instance has not answered yet. */
@Component
class RemindSignerDelegate implements JavaDelegate {

  private final SignatureRequests signatures;
  private final Notifier notifier;
  private final PersonalLinks links;

  RemindSignerDelegate(SignatureRequests signatures, Notifier notifier, PersonalLinks links) {
    this.signatures = signatures;
    this.notifier = notifier;
    this.links = links;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long applicationId = ProcessVariables.applicationId(execution);
    SignerRole role = SignerRole.valueOf((String) execution.getVariable(SignatureProcess.SIGNER_ROLE));
    Signature signature = signatures.signatureOf(applicationId, role);
    signatures.countReminder(applicationId, role);
    // The same link as in the request: the signer may use either letter.
    PersonalLink link = links.issue(applicationId, LinkPurpose.SIGN_APPLICATION, role.name(), null, null);
    notifier.send(new Notice(NoticeType.SIGNATURE_REMINDER, applicationId, signature.getSignerEmail(), Map.of(
        "applicationNumber", execution.getVariable(ProcessVariables.APPLICATION_NUMBER),
        "role", role.danishName(),
        "expiresAt", execution.getVariable(SignatureProcess.EXPIRES_AT),
        Notice.LINK_ID, link.getId())));
  }
}

package dk.puljeflow.signature;

import dk.puljeflow.application.ProcessVariables;
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

  RemindSignerDelegate(SignatureRequests signatures, Notifier notifier) {
    this.signatures = signatures;
    this.notifier = notifier;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long applicationId = ProcessVariables.applicationId(execution);
    SignerRole role = SignerRole.valueOf((String) execution.getVariable(SignatureProcess.SIGNER_ROLE));
    Signature signature = signatures.signatureOf(applicationId, role);
    signatures.countReminder(applicationId, role);
    notifier.send(new Notice(NoticeType.SIGNATURE_REMINDER, applicationId, signature.getSignerEmail(), Map.of(
        "applicationNumber", execution.getVariable(ProcessVariables.APPLICATION_NUMBER),
        "role", role.danishName(),
        "expiresAt", execution.getVariable(SignatureProcess.EXPIRES_AT))));
  }
}

package dk.puljeflow.signature;

import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.application.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "Sign application" records the party's answer. A decline needs a reason; it ends the
 * collection for everyone (the multi-instance completion condition reads {@code signatureDeclined}).
 * The answer is stored on the signature, not kept as a process variable.
 */
@Component
class RecordSignatureListener implements TaskListener {

  static final String ANSWER = "signatureAnswer";
  static final String DECLINE_REASON = "declineReason";
  /** signature.decline_reason */
  static final int MAX_DECLINE_REASON = 2000;

  private final SignatureRequests signatures;

  RecordSignatureListener(SignatureRequests signatures) {
    this.signatures = signatures;
  }

  @Override
  public void notify(DelegateTask task) {
    Long applicationId = ProcessVariables.applicationId(task);
    SignerRole role = SignerRole.valueOf((String) task.getVariable(SignatureProcess.SIGNER_ROLE));
    String answer = TaskForms.requiredText(task, ANSWER, "The answer (SIGN or DECLINE)");
    switch (answer) {
      case "SIGN" -> signatures.sign(applicationId, role);
      case "DECLINE" -> {
        signatures.decline(applicationId, role, TaskForms.requiredText(task, DECLINE_REASON, "A reason for declining", MAX_DECLINE_REASON));
        task.getExecution().getProcessInstance().setVariable(SignatureProcess.DECLINED, true);
      }
      default -> throw TaskForms.refuse(ANSWER, "The answer must be SIGN or DECLINE");
    }
    // The form variables land on the process instance, shared by every party's task: remove them, so
    // the next party's answer is always their own and never an earlier party's left-over one.
    task.removeVariable(ANSWER);
    task.removeVariable(DECLINE_REASON);
  }
}

package dk.puljeflow.signature;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.CaseLog;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The signatures an application needs and the answers given. Named {@code signatureRequests} so the
 * models can ask it who signs ({@code ${signatureRequests.assigneeOf(applicationId, signerRole)}}).
 */
@Component("signatureRequests")
public class SignatureRequests {

  private final SignatureRepository signatures;
  private final CaseLog caseLog;

  SignatureRequests(SignatureRepository signatures, CaseLog caseLog) {
    this.signatures = signatures;
    this.caseLog = caseLog;
  }

  public List<Signature> of(Long applicationId) {
    return signatures.findByApplicationIdOrderBySignerRole(applicationId);
  }

  /** The roles still to sign: the collection of the multi-instance signature task. */
  public List<String> rolesToSign(Long applicationId) {
    return of(applicationId).stream()
        .filter(signature -> signature.getState() == SignatureState.PENDING)
        .map(signature -> signature.getSignerRole().name())
        .toList();
  }

  /** The Tasklist user who signs for this role, or null when the party has no account. */
  public String assigneeOf(Long applicationId, String role) {
    return signatures.findByApplicationIdAndSignerRole(applicationId, SignerRole.valueOf(role))
        .map(Signature::getSignerUserId)
        .orElse(null);
  }

  /** Who reports use and evaluates: the applicant, or the workplace's manager when the workplace applied. */
  public String reporterOf(Long applicationId) {
    String applicant = assigneeOf(applicationId, SignerRole.APPLICANT.name());
    return applicant != null ? applicant : assigneeOf(applicationId, SignerRole.NEAREST_MANAGER.name());
  }

  public Signature signatureOf(Long applicationId, SignerRole role) {
    return signatures.findByApplicationIdAndSignerRole(applicationId, role)
        .orElseThrow(() -> new IllegalStateException("Application " + applicationId + " needs no " + role + " signature"));
  }

  public void sign(Long applicationId, SignerRole role) {
    signatureOf(applicationId, role).sign(EngineTime.now());
    caseLog.record(applicationId, "SIGNED", role.name());
  }

  public void decline(Long applicationId, SignerRole role, String reason) {
    signatureOf(applicationId, role).decline(EngineTime.now(), reason);
    caseLog.record(applicationId, "SIGNATURE_DECLINED", role.name() + ": " + reason);
  }

  public void countReminder(Long applicationId, SignerRole role) {
    signatureOf(applicationId, role).countReminder();
  }

  /** Marks every unanswered signature expired: the period ran out or the case ended. */
  public void expirePending(Long applicationId) {
    of(applicationId).forEach(Signature::expire);
  }
}

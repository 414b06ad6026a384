package dk.puljeflow.signature;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** One party's signature on one application. */
@Entity
public class Signature {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long applicationId;
  @Enumerated(EnumType.STRING)
  private SignerRole signerRole;
  private String signerName;
  private String signerEmail;
  /** The Camunda user who signs in Tasklist, when the party has one (demo users). */
  private String signerUserId;
  @Enumerated(EnumType.STRING)
  private SignatureState state;
  private Instant answeredAt;
  private String declineReason;
  private int remindersSent;

  protected Signature() {}

  public Signature(Long applicationId, SignerRole signerRole, String signerName, String signerEmail, String signerUserId) {
    this.applicationId = applicationId;
    this.signerRole = signerRole;
    this.signerName = signerName;
    this.signerEmail = signerEmail;
    this.signerUserId = signerUserId;
    this.state = SignatureState.PENDING;
  }

  void sign(Instant at) {
    requirePending();
    this.state = SignatureState.SIGNED;
    this.answeredAt = at;
  }

  void decline(Instant at, String reason) {
    requirePending();
    this.state = SignatureState.DECLINED;
    this.answeredAt = at;
    this.declineReason = reason;
  }

  void expire() {
    if (state == SignatureState.PENDING) {
      this.state = SignatureState.EXPIRED;
    }
  }

  void countReminder() {
    remindersSent++;
  }

  private void requirePending() {
    if (state != SignatureState.PENDING) {
      throw new IllegalStateException("The " + signerRole + " signature is already " + state);
    }
  }

  public Long getId() { return id; }
  public Long getApplicationId() { return applicationId; }
  public SignerRole getSignerRole() { return signerRole; }
  public String getSignerName() { return signerName; }
  public String getSignerEmail() { return signerEmail; }
  public String getSignerUserId() { return signerUserId; }
  public SignatureState getState() { return state; }
  public Instant getAnsweredAt() { return answeredAt; }
  public String getDeclineReason() { return declineReason; }
  public int getRemindersSent() { return remindersSent; }
}

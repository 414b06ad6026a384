package dk.puljeflow.transition;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * Short vocational training or validation that participant and coach apply for together, and the
 * adviser's decision on it. An approved cost is booked against the project.
 */
@Entity
@Table(name = "tsl_training_application")
public class TrainingApplication {

  public enum Kind { TRAINING, VALIDATION }

  public enum Status {
    PENDING,
    APPROVED,
    REJECTED,
    /** The support ended (an outcome or the time limit) before the adviser decided. */
    CANCELLED
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long participantId;
  @Enumerated(EnumType.STRING)
  private Kind kind;
  private String description;
  private String provider;
  private BigDecimal cost;
  private String motivation;
  private String coachName;
  private Instant appliedAt;
  private String appliedBy;
  @Enumerated(EnumType.STRING)
  private Status status;
  private BigDecimal approvedCost;
  private String decisionReason;
  private Instant decidedAt;
  private String decidedBy;

  protected TrainingApplication() {}

  TrainingApplication(Long participantId, Kind kind, String description, String provider, BigDecimal cost, String motivation,
      String coachName, Instant appliedAt, String appliedBy) {
    this.participantId = participantId;
    this.kind = kind;
    this.description = description;
    this.provider = provider;
    this.cost = cost;
    this.motivation = motivation;
    this.coachName = coachName;
    this.appliedAt = appliedAt;
    this.appliedBy = appliedBy;
    this.status = Status.PENDING;
  }

  void approve(BigDecimal cost, String reason, Instant at, String by) {
    requirePending();
    this.status = Status.APPROVED;
    this.approvedCost = cost;
    this.decisionReason = reason;
    this.decidedAt = at;
    this.decidedBy = by;
  }

  void reject(String reason, Instant at, String by) {
    requirePending();
    this.status = Status.REJECTED;
    this.decisionReason = reason;
    this.decidedAt = at;
    this.decidedBy = by;
  }

  /** Approved, but the money was not there when the cost was booked: the approval is turned into a rejection. */
  void rejectForLackOfFunds(String reason, Instant at) {
    if (status != Status.APPROVED) {
      throw new IllegalStateException("Training application " + id + " is " + status + ", not approved");
    }
    this.status = Status.REJECTED;
    this.approvedCost = null;
    this.decisionReason = reason;
    this.decidedAt = at;
  }

  void cancel(Instant at) {
    if (status == Status.PENDING) {
      this.status = Status.CANCELLED;
      this.decidedAt = at;
    }
  }

  private void requirePending() {
    if (status != Status.PENDING) {
      throw new IllegalStateException("Training application " + id + " is already " + status);
    }
  }

  public Long getId() { return id; }
  public Long getParticipantId() { return participantId; }
  public Kind getKind() { return kind; }
  public String getDescription() { return description; }
  public String getProvider() { return provider; }
  public BigDecimal getCost() { return cost; }
  public String getMotivation() { return motivation; }
  public String getCoachName() { return coachName; }
  public Instant getAppliedAt() { return appliedAt; }
  public String getAppliedBy() { return appliedBy; }
  public Status getStatus() { return status; }
  public BigDecimal getApprovedCost() { return approvedCost; }
  public String getDecisionReason() { return decisionReason; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getDecidedBy() { return decidedBy; }
}

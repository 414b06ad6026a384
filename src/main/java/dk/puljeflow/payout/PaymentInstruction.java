package dk.puljeflow.payout;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An instruction to finance to pay one instalment: an outbox record that finance collects and
 * acknowledges. Puljeflow itself moves no money.
 */
@Entity
public class PaymentInstruction {

  public enum Status { PENDING, ACKNOWLEDGED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long applicationId;
  private int stage;
  private BigDecimal amount;
  private String currency;
  private BigDecimal reportedCosts;
  private Integer reportedHours;
  @Enumerated(EnumType.STRING)
  private Status status;
  private Instant createdAt;
  private Instant acknowledgedAt;
  private String acknowledgedBy;

  protected PaymentInstruction() {}

  PaymentInstruction(Long applicationId, int stage, BigDecimal amount, String currency, BigDecimal reportedCosts,
      Integer reportedHours, Instant createdAt) {
    this.applicationId = applicationId;
    this.stage = stage;
    this.amount = amount;
    this.currency = currency;
    this.reportedCosts = reportedCosts;
    this.reportedHours = reportedHours;
    this.status = Status.PENDING;
    this.createdAt = createdAt;
  }

  /** Acknowledging twice is harmless: finance may retry. */
  void acknowledge(String userId, Instant at) {
    if (status == Status.PENDING) {
      this.status = Status.ACKNOWLEDGED;
      this.acknowledgedBy = userId;
      this.acknowledgedAt = at;
    }
  }

  public Long getId() { return id; }
  public Long getApplicationId() { return applicationId; }
  public int getStage() { return stage; }
  public BigDecimal getAmount() { return amount; }
  public String getCurrency() { return currency; }
  public BigDecimal getReportedCosts() { return reportedCosts; }
  public Integer getReportedHours() { return reportedHours; }
  public Status getStatus() { return status; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getAcknowledgedAt() { return acknowledgedAt; }
  public String getAcknowledgedBy() { return acknowledgedBy; }
}

package dk.puljeflow.pool;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.math.BigDecimal;
import java.time.Instant;

/** One booking against a pool's budget. Entries are only ever added, never changed. */
@Entity
public class LedgerEntry {

  public enum Type {
    /** Money set aside for an approved application. */
    RESERVATION,
    /** Part of a reservation given back: withdrawal, lapse, lower final payout. */
    RELEASE,
    /** Part of a reservation paid out. */
    PAYOUT,
    /** The year's unused money, moved to the next year's pool at the year-end close. */
    CARRY_OUT
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String poolId;
  private Long applicationId;
  @Enumerated(EnumType.STRING)
  private Type entryType;
  private BigDecimal amount;
  private Instant bookedAt;
  private String note;

  protected LedgerEntry() {}

  LedgerEntry(String poolId, Long applicationId, Type entryType, BigDecimal amount, Instant bookedAt, String note) {
    this.poolId = poolId;
    this.applicationId = applicationId;
    this.entryType = entryType;
    this.amount = amount;
    this.bookedAt = bookedAt;
    this.note = note;
  }

  public Long getId() { return id; }
  public String getPoolId() { return poolId; }
  public Long getApplicationId() { return applicationId; }
  public Type getEntryType() { return entryType; }
  public BigDecimal getAmount() { return amount; }
  public Instant getBookedAt() { return bookedAt; }
  public String getNote() { return note; }
}

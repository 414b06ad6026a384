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
 * One movement of a transition project's money at one supplier. Bookings are only ever added. What the
 * project has left at the supplier is funding + savings used − costs − surplus moved to the ledger.
 */
@Entity
@Table(name = "tsl_project_booking")
public class ProjectBooking {

  public enum Type {
    /** The amount a joining person's need level brings, paid to the supplier out of the project's grant. */
    FUNDING,
    /** An approved training or validation cost. */
    COST,
    /** Savings taken from the supplier's ledger to cover a cost the project's own funding could not. */
    SAVINGS_USED,
    /** At the project's end, what it did not spend moves to the supplier's ledger as savings. */
    SURPLUS_TO_LEDGER
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long applicationId;
  private String supplierId;
  private Long participantId;
  @Enumerated(EnumType.STRING)
  private Type bookingType;
  private BigDecimal amount;
  private Instant bookedAt;
  private String note;

  protected ProjectBooking() {}

  ProjectBooking(Long applicationId, String supplierId, Long participantId, Type bookingType, BigDecimal amount,
      Instant bookedAt, String note) {
    this.applicationId = applicationId;
    this.supplierId = supplierId;
    this.participantId = participantId;
    this.bookingType = bookingType;
    this.amount = amount;
    this.bookedAt = bookedAt;
    this.note = note;
  }

  /** The booking's effect on what the project has left at the supplier. */
  BigDecimal effect() {
    return switch (bookingType) {
      case FUNDING, SAVINGS_USED -> amount;
      case COST, SURPLUS_TO_LEDGER -> amount.negate();
    };
  }

  public Long getId() { return id; }
  public Long getApplicationId() { return applicationId; }
  public String getSupplierId() { return supplierId; }
  public Long getParticipantId() { return participantId; }
  public Type getBookingType() { return bookingType; }
  public BigDecimal getAmount() { return amount; }
  public Instant getBookedAt() { return bookedAt; }
  public String getNote() { return note; }
}

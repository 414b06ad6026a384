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

/** One movement of a supplier's savings, with the balance after it. Entries are only ever added. */
@Entity
@Table(name = "tsl_supplier_ledger_entry")
public class SupplierLedgerEntry {

  public enum Type {
    /** A project's unspent money, saved at its end. */
    DEPOSIT,
    /** Savings used in a project whose own funding did not cover a cost. */
    WITHDRAWAL
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private String supplierId;
  /** The project the money came from or went to. */
  private Long applicationId;
  @Enumerated(EnumType.STRING)
  private Type entryType;
  private BigDecimal amount;
  private BigDecimal balanceAfter;
  private Instant bookedAt;
  private String note;

  protected SupplierLedgerEntry() {}

  SupplierLedgerEntry(String supplierId, Long applicationId, Type entryType, BigDecimal amount, BigDecimal balanceAfter,
      Instant bookedAt, String note) {
    this.supplierId = supplierId;
    this.applicationId = applicationId;
    this.entryType = entryType;
    this.amount = amount;
    this.balanceAfter = balanceAfter;
    this.bookedAt = bookedAt;
    this.note = note;
  }

  public Long getId() { return id; }
  public String getSupplierId() { return supplierId; }
  public Long getApplicationId() { return applicationId; }
  public Type getEntryType() { return entryType; }
  public BigDecimal getAmount() { return amount; }
  public BigDecimal getBalanceAfter() { return balanceAfter; }
  public Instant getBookedAt() { return bookedAt; }
  public String getNote() { return note; }
}

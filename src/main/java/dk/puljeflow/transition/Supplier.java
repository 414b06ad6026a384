package dk.puljeflow.transition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * A transition supplier (omställningsleverantör) under a TSL framework agreement. Its job coaches support
 * at most {@code capacity} persons at the same time; its savings are kept in its ledger.
 */
@Entity
@Table(name = "tsl_supplier")
public class Supplier {

  @Id
  private String id;
  private String name;
  private String frameworkAgreement;
  private LocalDate agreementValidFrom;
  private LocalDate agreementValidTo;
  private int capacity;
  @Version
  @Column(nullable = false)
  private long version;

  protected Supplier() {}

  Supplier(String id, String name, String frameworkAgreement, LocalDate agreementValidFrom, LocalDate agreementValidTo,
      int capacity) {
    this.id = id;
    this.name = name;
    this.frameworkAgreement = frameworkAgreement;
    this.agreementValidFrom = agreementValidFrom;
    this.agreementValidTo = agreementValidTo;
    this.capacity = capacity;
  }

  /** Persons may be assigned to the supplier only while its framework agreement is in force. */
  public boolean hasAgreementOn(LocalDate day) {
    return !day.isBefore(agreementValidFrom) && !day.isAfter(agreementValidTo);
  }

  public String getId() { return id; }
  public String getName() { return name; }
  public String getFrameworkAgreement() { return frameworkAgreement; }
  public LocalDate getAgreementValidFrom() { return agreementValidFrom; }
  public LocalDate getAgreementValidTo() { return agreementValidTo; }
  public int getCapacity() { return capacity; }
}

package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supplier registry: which suppliers have a framework agreement in force and places free, and the
 * assignment of a person to one of them. An assignment locks the supplier's row and counts the persons in
 * support there, so two advisers assigning at the same moment never fill more places than the capacity.
 */
@Service
@Transactional
public class Suppliers {

  private final SupplierRepository suppliers;
  private final ParticipantRepository participants;
  private final SupplierLedger ledger;

  Suppliers(SupplierRepository suppliers, ParticipantRepository participants, SupplierLedger ledger) {
    this.suppliers = suppliers;
    this.participants = participants;
    this.ledger = ledger;
  }

  /** A supplier as the registry shows it today. */
  public record Place(String id, String name, String frameworkAgreement, boolean agreementInForce, int capacity,
      long inSupport, long free, java.math.BigDecimal savings) {

    /** "Karriärpartner AB – 3 av 25 platser lediga": how the assignment form offers the supplier. */
    String label() {
      return name + " – " + free + " av " + capacity + " platser lediga";
    }
  }

  @Transactional(readOnly = true)
  public List<Place> registry() {
    return suppliers.findAllByOrderByNameAscIdAsc().stream().map(this::placeOf).toList();
  }

  /** The suppliers a person can be assigned to now. */
  @Transactional(readOnly = true)
  List<Place> open() {
    return registry().stream().filter(place -> place.agreementInForce() && place.free() > 0).toList();
  }

  @Transactional(readOnly = true)
  public Supplier find(String supplierId) {
    return suppliers.findById(supplierId).orElseThrow(() -> new java.util.NoSuchElementException("No supplier " + supplierId));
  }

  /** Assigns the person a job coach of this supplier; refused when it has no agreement in force or no place left. */
  Supplier assign(Participant participant, String supplierId, String coachName) {
    Supplier supplier = suppliers.findForUpdate(supplierId)
        .orElseThrow(() -> new SupplierUnavailableException("Leverantören " + supplierId + " finns inte i registret"));
    if (!supplier.hasAgreementOn(TransitionTime.today())) {
      throw new SupplierUnavailableException("Leverantören " + supplier.getName() + " har inget ramavtal som gäller i dag");
    }
    long inSupport = participants.countBySupplierIdAndStatus(supplierId, ParticipantStatus.IN_SUPPORT);
    if (inSupport >= supplier.getCapacity()) {
      throw new SupplierUnavailableException("Leverantören " + supplier.getName() + " har inga lediga platser ("
          + inSupport + " av " + supplier.getCapacity() + " i stöd)");
    }
    participant.supportStarted(supplierId, coachName, EngineTime.now());
    participants.saveAndFlush(participant);
    return supplier;
  }

  private Place placeOf(Supplier supplier) {
    long inSupport = participants.countBySupplierIdAndStatus(supplier.getId(), ParticipantStatus.IN_SUPPORT);
    return new Place(supplier.getId(), supplier.getName(), supplier.getFrameworkAgreement(),
        supplier.hasAgreementOn(TransitionTime.today()), supplier.getCapacity(), inSupport,
        Math.max(0, supplier.getCapacity() - inSupport), ledger.balanceOf(supplier.getId()));
  }
}

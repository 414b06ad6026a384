package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.pool.BudgetLedger;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transition project's money, kept per supplier. Each person who joins brings the amount of their need
 * level, paid out of the project's grant in the pool to their supplier; approved training and validation
 * costs are booked against it; a cost the project's own money at the supplier cannot cover is covered from
 * the supplier's savings, or not at all. At the project's end what it did not spend goes to the supplier's
 * savings, for a later project with higher needs. Every booking locks the supplier's row.
 */
@Service
@Transactional
public class ProjectFunding {

  private final ProjectBookingRepository bookings;
  private final SupplierRepository suppliers;
  private final SupplierLedger ledger;
  private final BudgetLedger poolLedger;
  private final ApplicationRegistry registry;

  ProjectFunding(ProjectBookingRepository bookings, SupplierRepository suppliers, SupplierLedger ledger, BudgetLedger poolLedger,
      ApplicationRegistry registry) {
    this.bookings = bookings;
    this.suppliers = suppliers;
    this.ledger = ledger;
    this.poolLedger = poolLedger;
    this.registry = registry;
  }

  /**
   * Books the person's funding for their supplier and pays it out of the project's grant. The grant is the
   * ceiling: when the decision granted less than the people who join need, a person gets what is left.
   */
  BigDecimal bookFunding(Participant participant, BigDecimal amountOfNeedLevel) {
    lock(participant.getSupplierId());
    GrantApplication project = registry.find(participant.getApplicationId());
    BigDecimal amount = amountOfNeedLevel.min(poolLedger.reservedFor(project.getId()));
    if (amount.signum() > 0) {
      poolLedger.payOut(project.getPoolId(), project.getId(), amount);
    }
    bookings.save(new ProjectBooking(project.getId(), participant.getSupplierId(), participant.getId(),
        ProjectBooking.Type.FUNDING, amount, EngineTime.now(), participant.getNeedLevel() + " " + participant.getParticipantNumber()));
    participant.funded(amount);
    return amount;
  }

  /** What the project has left to spend at the supplier. */
  @Transactional(readOnly = true)
  public BigDecimal availableAt(Long applicationId, String supplierId) {
    return bookings.findByApplicationIdAndSupplierIdOrderById(applicationId, supplierId).stream()
        .map(ProjectBooking::effect)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Books an approved cost. Whatever the project's money at the supplier does not cover is taken from the
   * supplier's savings; when they do not cover it either, nothing is booked and the refusal is a business
   * outcome the process models, so the caller's transaction goes on.
   */
  @Transactional(noRollbackFor = InsufficientFundsException.class)
  void bookCost(Participant participant, TrainingApplication training, BigDecimal cost) {
    String supplierId = participant.getSupplierId();
    lock(supplierId);
    Long applicationId = participant.getApplicationId();
    BigDecimal available = availableAt(applicationId, supplierId).max(BigDecimal.ZERO);
    BigDecimal shortfall = cost.subtract(available);
    String note = training.getKind() + " " + training.getId() + " " + participant.getParticipantNumber();
    if (shortfall.signum() > 0) {
      BigDecimal savings = ledger.balanceOf(supplierId);
      if (shortfall.compareTo(savings) > 0) {
        throw new InsufficientFundsException(supplierId, cost, available, savings);
      }
      ledger.withdraw(supplierId, applicationId, shortfall, "used in " + registry.find(applicationId).getApplicationNumber());
      bookings.save(new ProjectBooking(applicationId, supplierId, participant.getId(), ProjectBooking.Type.SAVINGS_USED,
          shortfall, EngineTime.now(), note));
    }
    bookings.save(new ProjectBooking(applicationId, supplierId, participant.getId(), ProjectBooking.Type.COST, cost,
        EngineTime.now(), note));
  }

  /** At the project's end: each supplier's unspent project money becomes its savings. Returns them by supplier. */
  Map<String, BigDecimal> settle(Long applicationId) {
    String projectNumber = registry.find(applicationId).getApplicationNumber();
    Map<String, BigDecimal> surplus = new LinkedHashMap<>();
    for (String supplierId : suppliersOf(applicationId)) {
      lock(supplierId);
      BigDecimal unspent = availableAt(applicationId, supplierId);
      if (unspent.signum() > 0) {
        bookings.save(new ProjectBooking(applicationId, supplierId, null, ProjectBooking.Type.SURPLUS_TO_LEDGER, unspent,
            EngineTime.now(), "saved at the end of " + projectNumber));
        ledger.deposit(supplierId, applicationId, unspent, "saved at the end of " + projectNumber);
      }
      surplus.put(supplierId, unspent.max(BigDecimal.ZERO));
    }
    return surplus;
  }

  @Transactional(readOnly = true)
  public List<ProjectBooking> bookingsOf(Long applicationId) {
    return bookings.findByApplicationIdOrderById(applicationId);
  }

  private List<String> suppliersOf(Long applicationId) {
    return bookings.findByApplicationIdOrderById(applicationId).stream().map(ProjectBooking::getSupplierId).distinct().toList();
  }

  private void lock(String supplierId) {
    suppliers.findForUpdate(supplierId).orElseThrow(() -> new IllegalArgumentException("Unknown supplier " + supplierId));
  }
}

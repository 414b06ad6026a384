package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supplier's savings: a low-need project's unspent money is deposited at its end, and a later project
 * whose costs exceed its own funding withdraws from it. Every movement is an entry with the balance after
 * it; a withdrawal larger than the balance is refused, so the balance never goes below zero (the table
 * checks it as well). Movements lock the supplier's row, so two projects never spend the same savings.
 */
@Service
@Transactional
public class SupplierLedger {

  private final SupplierRepository suppliers;
  private final SupplierLedgerEntryRepository entries;

  SupplierLedger(SupplierRepository suppliers, SupplierLedgerEntryRepository entries) {
    this.suppliers = suppliers;
    this.entries = entries;
  }

  @Transactional(readOnly = true)
  public BigDecimal balanceOf(String supplierId) {
    return entries.findFirstBySupplierIdOrderByIdDesc(supplierId).map(SupplierLedgerEntry::getBalanceAfter)
        .orElse(BigDecimal.ZERO);
  }

  @Transactional(readOnly = true)
  public List<SupplierLedgerEntry> entriesOf(String supplierId) {
    return entries.findBySupplierIdOrderById(supplierId);
  }

  void deposit(String supplierId, Long applicationId, BigDecimal amount, String note) {
    lock(supplierId);
    requirePositive(amount);
    entries.save(new SupplierLedgerEntry(supplierId, applicationId, SupplierLedgerEntry.Type.DEPOSIT, amount,
        balanceOf(supplierId).add(amount), EngineTime.now(), note));
  }

  /** Takes savings out for a project; refused (nothing booked) when the balance does not cover it. */
  void withdraw(String supplierId, Long applicationId, BigDecimal amount, String note) {
    lock(supplierId);
    requirePositive(amount);
    BigDecimal balance = balanceOf(supplierId);
    if (amount.compareTo(balance) > 0) {
      throw new IllegalStateException("Supplier " + supplierId + " has " + balance + " saved, not " + amount);
    }
    entries.save(new SupplierLedgerEntry(supplierId, applicationId, SupplierLedgerEntry.Type.WITHDRAWAL, amount,
        balance.subtract(amount), EngineTime.now(), note));
  }

  private void lock(String supplierId) {
    suppliers.findForUpdate(supplierId).orElseThrow(() -> new IllegalArgumentException("Unknown supplier " + supplierId));
  }

  private static void requirePositive(BigDecimal amount) {
    if (amount.signum() <= 0) {
      throw new IllegalArgumentException("A ledger movement must be more than 0, not " + amount);
    }
  }
}

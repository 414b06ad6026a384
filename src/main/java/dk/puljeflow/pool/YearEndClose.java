package dk.puljeflow.pool;

import dk.puljeflow.application.CaseConflictException;
import java.math.BigDecimal;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closes a pool's year: what was neither reserved nor paid moves to next year's pool as its
 * carry-over. Both sides are booked in one transaction under the pool's lock, and a pool closes only
 * once, so money is never counted in two years. Reservations already made stay with the old year and
 * are paid from it.
 */
@Service
public class YearEndClose {

  private final PoolRepository pools;
  private final BudgetLedger ledger;

  YearEndClose(PoolRepository pools, BudgetLedger ledger) {
    this.pools = pools;
    this.ledger = ledger;
  }

  @Transactional
  public Pool close(String poolId, BigDecimal nextYearBudget) {
    Pool pool = pools.findForUpdate(poolId).orElseThrow(() -> new NoSuchElementException("No pool " + poolId));
    if (pool.getCarriedOverTo() != null) {
      throw new CaseConflictException("Pool " + poolId + " was already closed; its money went to " + pool.getCarriedOverTo());
    }
    int nextYear = pool.getBudgetYear() + 1;
    String nextId = poolId.replaceFirst("-\\d{4}$", "") + "-" + nextYear;
    if (pools.existsById(nextId)) {
      throw new CaseConflictException("Pool " + nextId + " exists already");
    }
    Pool next = new Pool(nextId);
    PoolDefinition.of(pool).applyTo(next);
    next.setBudgetYear(nextYear);
    next.setBudget(nextYearBudget);
    next.setOpensOn(pool.getOpensOn().plusYears(1));
    next.setClosesOn(pool.getClosesOn().plusYears(1));
    next.setCarryOver(ledger.carryOut(pool, nextId));
    pool.carryOverTo(nextId);
    return pools.save(next);
  }
}

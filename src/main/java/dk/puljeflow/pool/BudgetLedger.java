package dk.puljeflow.pool;

import static dk.puljeflow.pool.LedgerEntry.Type.CARRY_OUT;
import static dk.puljeflow.pool.LedgerEntry.Type.PAYOUT;
import static dk.puljeflow.pool.LedgerEntry.Type.RELEASE;
import static dk.puljeflow.pool.LedgerEntry.Type.RESERVATION;

import dk.puljeflow.EngineTime;
import java.math.BigDecimal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reservations, releases and payouts against pool budgets. Every booking that changes what a pool has
 * available first locks the pool's row, so two caseworkers approving at the same moment are served one
 * after the other and the second sees the first one's reservation. A payout only turns part of one
 * application's reservation into paid money and leaves the pool's available amount as it was, so it
 * locks that reservation, not the pool: payouts of different cases do not wait for each other.
 */
@Service
@Transactional
public class BudgetLedger {

  private final PoolRepository pools;
  private final LedgerEntryRepository entries;

  BudgetLedger(PoolRepository pools, LedgerEntryRepository entries) {
    this.pools = pools;
    this.entries = entries;
  }

  /** A refusal is a business outcome the process models, not a failure: the caller's transaction goes on. */
  @Transactional(noRollbackFor = PoolExhaustedException.class)
  public void reserve(String poolId, Long applicationId, BigDecimal amount) {
    if (pools.lockForBooking(poolId) == 0) {
      throw new IllegalArgumentException("Unknown pool " + poolId);
    }
    Pool pool = pools.findById(poolId).orElseThrow();
    BigDecimal available = balanceOf(pool).available();
    if (amount.compareTo(available) > 0) {
      throw new PoolExhaustedException(poolId, amount, available);
    }
    entries.save(new LedgerEntry(poolId, applicationId, RESERVATION, amount, EngineTime.now(), "approved"));
  }

  /** Books a payout out of the application's reservation; never more than is reserved for it. */
  public void payOut(String poolId, Long applicationId, BigDecimal amount) {
    entries.lockReservationOf(applicationId);
    BigDecimal reserved = reservedFor(applicationId);
    if (amount.compareTo(reserved) > 0) {
      throw new IllegalStateException("Payout " + amount + " exceeds the " + reserved + " reserved for application " + applicationId);
    }
    entries.save(new LedgerEntry(poolId, applicationId, PAYOUT, amount, EngineTime.now(), null));
  }

  /** Gives back whatever is still reserved for the application (withdrawal, close after a lower payout). */
  public BigDecimal releaseRemaining(String poolId, Long applicationId, String reason) {
    entries.lockReservationOf(applicationId);
    BigDecimal remaining = reservedFor(applicationId);
    if (remaining.signum() > 0) {
      // Money goes back into the pool: under the pool's lock, so a year-end close never misses it.
      pools.lockForBooking(poolId);
      entries.save(new LedgerEntry(poolId, applicationId, RELEASE, remaining, EngineTime.now(), reason));
    }
    return remaining;
  }

  /** Reserved and not yet paid out or released: granted minus paid so far. */
  @Transactional(readOnly = true)
  public BigDecimal reservedFor(Long applicationId) {
    return entries.sumForApplication(applicationId, RESERVATION)
        .subtract(entries.sumForApplication(applicationId, RELEASE))
        .subtract(entries.sumForApplication(applicationId, PAYOUT));
  }

  @Transactional(readOnly = true)
  public BigDecimal paidTo(Long applicationId) {
    return entries.sumForApplication(applicationId, PAYOUT);
  }

  @Transactional(readOnly = true)
  public PoolBalance balanceOf(Pool pool) {
    BigDecimal paid = entries.sumForPool(pool.getId(), PAYOUT);
    BigDecimal reserved = entries.sumForPool(pool.getId(), RESERVATION)
        .subtract(entries.sumForPool(pool.getId(), RELEASE))
        .subtract(paid);
    return new PoolBalance(pool.getBudget(), pool.getCarryOver(), reserved, paid, entries.sumForPool(pool.getId(), CARRY_OUT));
  }

  /** Moves the pool's unused money out, to the named next year's pool; called under the pool's lock. */
  BigDecimal carryOut(Pool pool, String nextPoolId) {
    BigDecimal unused = balanceOf(pool).available();
    entries.save(new LedgerEntry(pool.getId(), null, CARRY_OUT, unused, EngineTime.now(), "carried over to " + nextPoolId));
    return unused;
  }
}

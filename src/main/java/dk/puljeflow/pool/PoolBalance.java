package dk.puljeflow.pool;

import java.math.BigDecimal;

/**
 * A pool's money at one moment: available = budget + carry-over - reserved - paid - carried out.
 * Carried out is what the year-end close moved to the next year's pool.
 */
public record PoolBalance(BigDecimal budget, BigDecimal carryOver, BigDecimal reserved, BigDecimal paid,
    BigDecimal carriedOut) {

  public BigDecimal available() {
    return budget.add(carryOver).subtract(reserved).subtract(paid).subtract(carriedOut);
  }
}

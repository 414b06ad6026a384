package dk.puljeflow.pool;

import java.math.BigDecimal;

/** A pool's money at one moment: available = budget + carry-over - reserved - paid. */
public record PoolBalance(BigDecimal budget, BigDecimal carryOver, BigDecimal reserved, BigDecimal paid) {

  public BigDecimal available() {
    return budget.add(carryOver).subtract(reserved).subtract(paid);
  }
}

package dk.puljeflow.pool;

import java.math.BigDecimal;

/** Approving would commit more money than the pool has left. */
public class PoolExhaustedException extends RuntimeException {

  public PoolExhaustedException(String poolId, BigDecimal requested, BigDecimal available) {
    super("Pool " + poolId + " has " + available + " left; " + requested + " requested");
  }
}

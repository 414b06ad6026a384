package dk.puljeflow.pool;

/** Copies a pool's rules onto another pool, for tests that need a pool in a particular state. */
public final class PoolTestData {

  private PoolTestData() {}

  public static void copy(Pool from, Pool to) {
    PoolDefinition.of(from).applyTo(to);
  }
}

package dk.puljeflow.pool;

import dk.puljeflow.EngineTime;
import dk.puljeflow.SeedFiles;
import dk.puljeflow.security.IdentityBootstrap;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts the pools of the seed file that the database does not have yet. Existing pools are never
 * overwritten: what administrators changed through the API stays.
 */
@Component
class PoolSeeder implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(PoolSeeder.class);

  private final PoolRepository pools;
  private final PoolProperties properties;
  private final SeedFiles seedFiles;
  private final TransactionTemplate transaction;
  private final IdentityBootstrap identity;

  PoolSeeder(PoolRepository pools, PoolProperties properties, SeedFiles seedFiles,
      TransactionTemplate transaction, IdentityBootstrap identity) {
    this.pools = pools;
    this.properties = properties;
    this.seedFiles = seedFiles;
    this.transaction = transaction;
    this.identity = identity;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<PoolDefinition> seeds = read();
    transaction.executeWithoutResult(status -> seeds.stream()
        .filter(seed -> !pools.existsById(seed.id()))
        .forEach(this::insert));
    // Each pool's tasks are offered to its own caseworker group; the group must exist to be given members.
    pools.findAll().forEach(pool -> identity.ensureGroup(pool.getCaseworkerGroup()));
  }

  private void insert(PoolDefinition seed) {
    Pool pool = new Pool(seed.id());
    seed.applyTo(pool);
    LocalDate today = EngineTime.today();
    LocalDate opensBy = today.minusMonths(1);
    LocalDate openUntil = today.plusMonths(6);
    // A window that is open today but closes within weeks (a calendar-year pool in December) would
    // close under a demo or test that moves the clock on, so it is moved as well.
    if (properties.openSeedWindowsToday() && !(pool.isOpenOn(opensBy) && pool.isOpenOn(openUntil))) {
      pool.setOpensOn(opensBy);
      pool.setClosesOn(openUntil);
      pool.setBudgetYear(today.getYear());
    }
    pools.save(pool);
    log.info("Seeded pool '{}' ({}), open {} to {}", pool.getId(), pool.getName(), pool.getOpensOn(), pool.getClosesOn());
  }

  private List<PoolDefinition> read() {
    return seedFiles.read(properties.seedFile(), "puljeflow.pools.seed-file", PoolDefinition.class, "Pool",
        PoolDefinition::id);
  }
}

package dk.puljeflow.pool;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.puljeflow.EngineTime;
import dk.puljeflow.StartupCheckFailed;
import dk.puljeflow.security.IdentityBootstrap;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.ResourceLoader;
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
  private final ResourceLoader resources;
  private final Validator validator;
  private final TransactionTemplate transaction;
  private final IdentityBootstrap identity;

  PoolSeeder(PoolRepository pools, PoolProperties properties, ResourceLoader resources, Validator validator,
      TransactionTemplate transaction, IdentityBootstrap identity) {
    this.pools = pools;
    this.properties = properties;
    this.resources = resources;
    this.validator = validator;
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
    if (properties.openSeedWindowsToday() && !pool.isOpenOn(today)) {
      pool.setOpensOn(today.minusMonths(1));
      pool.setClosesOn(today.plusMonths(6));
      pool.setBudgetYear(today.getYear());
    }
    pools.save(pool);
    log.info("Seeded pool '{}' ({}), open {} to {}", pool.getId(), pool.getName(), pool.getOpensOn(), pool.getClosesOn());
  }

  private List<PoolDefinition> read() {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory()).registerModule(new JavaTimeModule());
    try (InputStream in = resources.getResource(properties.seedFile()).getInputStream()) {
      List<PoolDefinition> seeds = yaml.readValue(in, new TypeReference<>() {});
      for (PoolDefinition seed : seeds) {
        Set<ConstraintViolation<PoolDefinition>> violations = validator.validate(seed);
        if (!violations.isEmpty()) {
          throw new StartupCheckFailed("Pool '" + seed.id() + "' in " + properties.seedFile() + " is invalid: "
              + violations.stream().map(v -> v.getPropertyPath() + " " + v.getMessage()).collect(Collectors.joining("; ")),
              "Correct the pool definition and start again.", null);
        }
      }
      return seeds;
    } catch (IOException e) {
      throw new StartupCheckFailed("Cannot read pool definitions from " + properties.seedFile() + ": " + e.getMessage(),
          "Check the file's YAML syntax and its path (puljeflow.pools.seed-file).", e);
    }
  }
}

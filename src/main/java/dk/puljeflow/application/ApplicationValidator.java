package dk.puljeflow.application;

import dk.puljeflow.EngineTime;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.signature.SignerRole;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether an application is well-formed, for the API and the Tasklist
 * start form alike. An application that passes can always start; eligibility is decided later, in the
 * process, where a rejection is recorded and explained.
 */
@Component
public class ApplicationValidator {

  private final Validator validator;
  private final PoolRepository pools;

  ApplicationValidator(Validator validator, PoolRepository pools) {
    this.validator = validator;
    this.pools = pools;
  }

  /** Throws {@link InvalidApplicationException} naming every wrong field; returns the pool applied to. */
  public Pool validate(ApplicationRequest request) {
    Map<String, String> errors = new TreeMap<>();
    validator.validate(request).forEach(violation ->
        errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));

    Optional<Pool> pool = request.poolId() == null ? Optional.empty() : pools.findById(request.poolId());
    if (request.poolId() != null && pool.isEmpty()) {
      errors.putIfAbsent("poolId", "unknown pool '" + request.poolId() + "'");
    }
    pool.ifPresent(p -> checkAgainstPool(request, p, errors));
    if (request.projectStart() != null && request.projectEnd() != null && request.projectEnd().isBefore(request.projectStart())) {
      errors.putIfAbsent("projectEnd", "must not be before projectStart");
    }
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
    return pool.orElseThrow();
  }

  private static void checkAgainstPool(ApplicationRequest request, Pool pool, Map<String, String> errors) {
    if (!pool.isOpenOn(EngineTime.today())) {
      errors.putIfAbsent("poolId", "the pool takes applications from " + pool.getOpensOn() + " to " + pool.getClosesOn());
    }
    if (request.requestedAmount() != null && request.requestedAmount().compareTo(pool.getCapPerApplication()) > 0) {
      errors.putIfAbsent("requestedAmount", "must be at most " + pool.getCapPerApplication() + " " + pool.getCurrency());
    }
    if (pool.requires(SignerRole.NEAREST_MANAGER)) {
      requireSigner("nearestManager", request.nearestManagerName(), request.nearestManagerEmail(), "the nearest manager", errors);
    }
    if (pool.requires(SignerRole.UNION_REP)) {
      requireSigner("unionRep", request.unionRepName(), request.unionRepEmail(), "the union representative", errors);
    }
  }

  private static void requireSigner(String field, String name, String email, String who, Map<String, String> errors) {
    if (name == null || name.isBlank()) {
      errors.putIfAbsent(field + "Name", "is required: " + who + " signs in this pool");
    }
    if (email == null || email.isBlank()) {
      errors.putIfAbsent(field + "Email", "is required: " + who + " signs in this pool");
    }
  }
}

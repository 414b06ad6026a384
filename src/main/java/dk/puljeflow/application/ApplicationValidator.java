package dk.puljeflow.application;

import dk.puljeflow.EngineTime;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.signature.SignerRole;
import jakarta.validation.Validator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
  private final MessageSource messages;

  ApplicationValidator(Validator validator, PoolRepository pools, MessageSource messages) {
    this.validator = validator;
    this.pools = pools;
    this.messages = messages;
  }

  /** Throws {@link InvalidApplicationException} naming every wrong field; returns the pool applied to. */
  public Pool validate(ApplicationRequest request) {
    Map<String, String> errors = new TreeMap<>();
    // An end before the start says more than "outside the window", which such an end often is as well.
    if (request.projectStart() != null && request.projectEnd() != null && request.projectEnd().isBefore(request.projectStart())) {
      errors.putIfAbsent("projectEnd", message("application.projectEnd.beforeStart"));
    }
    validator.validate(request).forEach(violation ->
        errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));

    Optional<Pool> pool = request.poolId() == null || errors.containsKey("poolId") ? Optional.empty()
        : pools.findById(request.poolId());
    if (request.poolId() != null && !errors.containsKey("poolId") && pool.isEmpty()) {
      errors.putIfAbsent("poolId", message("application.pool.unknown", request.poolId()));
    }
    pool.ifPresent(p -> checkAgainstPool(request, p, errors));
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
    return pool.orElseThrow();
  }

  private void checkAgainstPool(ApplicationRequest request, Pool pool, Map<String, String> errors) {
    if (!pool.takesGrantApplications()) {
      // A programme with a process of its own (TSL omställningsstöd) takes its cases through its own API.
      errors.putIfAbsent("poolId", message("application.pool.ownProcess", pool.getId()));
    }
    if (!pool.isOpenOn(EngineTime.today())) {
      errors.putIfAbsent("poolId", message("application.pool.closed", pool.getOpensOn(), pool.getClosesOn()));
    }
    if (request.requestedAmount() != null && request.requestedAmount().compareTo(pool.getCapPerApplication()) > 0) {
      errors.putIfAbsent("requestedAmount",
          message("application.requestedAmount.aboveCap", pool.getCapPerApplication().toPlainString(), pool.getCurrency()));
    }
    if (pool.requires(SignerRole.NEAREST_MANAGER)) {
      requireSigner("nearestManager", request.nearestManagerName(), request.nearestManagerEmail(), errors);
    }
    if (pool.requires(SignerRole.UNION_REP)) {
      requireSigner("unionRep", request.unionRepName(), request.unionRepEmail(), errors);
    }
  }

  private void requireSigner(String field, String name, String email, Map<String, String> errors) {
    if (name == null || name.isBlank()) {
      errors.putIfAbsent(field + "Name", message("application." + field + ".required"));
    }
    if (email == null || email.isBlank()) {
      errors.putIfAbsent(field + "Email", message("application." + field + ".required"));
    }
  }

  /** In the caller's language: English on the API, Danish on the public pages. */
  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
  }
}

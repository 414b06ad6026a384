package dk.puljeflow.transition;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.InvalidApplicationException;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a transition project application is well-formed, for the API and the
 * Tasklist start form alike: every field, a TSL pool that is open, persons whose year of support is not yet
 * over, nobody listed twice, and a funding frame within the pool's cap per project.
 */
@Component
class TransitionValidator {

  private final Validator validator;
  private final PoolRepository pools;
  private final TransitionProperties properties;
  private final FundingRule funding;

  TransitionValidator(Validator validator, PoolRepository pools, TransitionProperties properties, FundingRule funding) {
    this.validator = validator;
    this.pools = pools;
    this.properties = properties;
    this.funding = funding;
  }

  /** Throws {@link InvalidApplicationException} naming every wrong field; returns the TSL pool applied to. */
  Pool validate(TransitionProjectRequest request) {
    Map<String, String> errors = new TreeMap<>();
    validator.validate(request).forEach(violation ->
        errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage()));

    String poolId = poolIdOf(request);
    Optional<Pool> pool = pools.findById(poolId).filter(p -> TransitionProcess.KEY.equals(p.getProcessKey()));
    if (pool.isEmpty()) {
      errors.putIfAbsent("poolId", "'" + poolId + "' is not a TSL pool");
    } else if (!pool.get().isOpenOn(EngineTime.today())) {
      errors.putIfAbsent("poolId", "the pool takes projects from " + pool.get().getOpensOn() + " to " + pool.get().getClosesOn());
    }
    List<DismissedPerson> persons = request.persons() == null ? List.of() : request.persons();
    Set<String> emails = new HashSet<>();
    LocalDate today = TransitionTime.today();
    for (int i = 0; i < persons.size(); i++) {
      DismissedPerson person = persons.get(i);
      if (person == null) {
        continue;
      }
      if (person.lastDayOfEmployment() != null && TransitionTime.lastDayOfSupport(person.lastDayOfEmployment()).isBefore(today)) {
        errors.putIfAbsent("persons[" + i + "].lastDayOfEmployment",
            "support lasts one year after the last day of employment, and that year is over");
      }
      if (person.email() != null && !emails.add(person.email().trim().toLowerCase(Locale.ROOT))) {
        errors.putIfAbsent("persons[" + i + "].email", "is listed twice");
      }
    }
    if (pool.isPresent() && !persons.isEmpty()) {
      BigDecimal frame = funding.frameFor(persons.size());
      BigDecimal cap = pool.get().getCapPerApplication();
      if (frame.compareTo(cap) > 0) {
        BigDecimal perPerson = funding.amountFor(NeedLevel.HIGH);
        errors.putIfAbsent("persons", "a project can list at most " + cap.divide(perPerson, 0, RoundingMode.DOWN)
            + " persons: the pool's cap per project is " + cap.toPlainString() + " " + pool.get().getCurrency()
            + " and a person with high needs brings " + perPerson.toPlainString());
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidApplicationException(errors);
    }
    return pool.orElseThrow();
  }

  String poolIdOf(TransitionProjectRequest request) {
    return request.poolId() == null || request.poolId().isBlank() ? properties.poolId() : request.poolId().trim();
  }
}

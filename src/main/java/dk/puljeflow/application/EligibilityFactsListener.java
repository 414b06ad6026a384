package dk.puljeflow.application;

import dk.puljeflow.EngineTime;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Hands the pool's eligibility decision the facts it reads, as transient variables: they exist while
 * the business rule task evaluates and are never stored, so the application's details stay in its own
 * table. Date rules are turned into day counts against today, so the tables compare numbers.
 */
@Component
class EligibilityFactsListener implements ExecutionListener {

  private final ApplicationRegistry registry;

  EligibilityFactsListener(ApplicationRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void notify(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    SchemeDetails details = application.schemeDetails();
    LocalDate today = EngineTime.today();
    LocalDate leaving = application.getLeavingDate();

    fact(execution, "requestedAmount", Variables.doubleValue(application.getRequestedAmount().doubleValue(), true));
    fact(execution, "activityCategory", Variables.stringValue(details.activityCategory(), true));
    fact(execution, "offeredByMunicipality", Variables.booleanValue(details.offeredByMunicipality(), true));
    fact(execution, "daysBeforeLeaving",
        Variables.integerValue(leaving == null ? null : (int) ChronoUnit.DAYS.between(today, leaving), true));
    fact(execution, "withinReleasePeriod", Variables.booleanValue(Boolean.TRUE.equals(details.releasedFromDuty())
        && details.releasePeriodEnds() != null && !today.isAfter(details.releasePeriodEnds()), true));
    fact(execution, "buyoutHours", Variables.integerValue(orZero(application.getBuyoutHours()), true));
    fact(execution, "newlyGraduatedSocialWorkers", Variables.integerValue(orZero(details.newlyGraduatedSocialWorkers()), true));
    fact(execution, "medCommitteeInformed", Variables.booleanValue(details.medCommitteeInformed(), true));
    fact(execution, "coordinatorNamed", Variables.booleanValue(hasText(details.coordinatorName()), true));
    fact(execution, "workingGroupNamed", Variables.booleanValue(hasText(details.workingGroup()), true));
    fact(execution, "employedInJobCentre", Variables.booleanValue(details.employedInJobCentre(), true));
    fact(execution, "moduleLevel", Variables.stringValue(details.moduleLevel(), true));
    fact(execution, "moduleCount", Variables.integerValue(orZero(details.moduleCount()), true));
  }

  private static void fact(DelegateExecution execution, String name, Object value) {
    // Local to the executing path: a start form's field of the same name, removed after registration,
    // still stands on the process instance until the transaction ends.
    execution.setVariableLocal(name, value);
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}

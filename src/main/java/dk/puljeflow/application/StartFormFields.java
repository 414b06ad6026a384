package dk.puljeflow.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Reads the Tasklist start form (forms/application-start.form) into an {@link ApplicationRequest}. */
final class StartFormFields {

  static final List<String> NAMES = List.of("poolId", "applicantName", "applicantEmail", "applicantUserId",
      "workplaceName", "nearestManagerName", "nearestManagerEmail", "nearestManagerUserId", "unionRepName",
      "unionRepEmail", "unionRepUserId", "activity", "requestedAmount", "buyoutHours", "consultancyHours",
      "projectStart", "projectEnd", "leavingDate", "activityCategory", "offeredByMunicipality", "releasedFromDuty",
      "releasePeriodEnds", "newlyGraduatedSocialWorkers", "medCommitteeInformed", "coordinatorName", "workingGroup",
      "employedInJobCentre", "moduleLevel", "moduleCount");

  private StartFormFields() {}

  static ApplicationRequest toRequest(DelegateExecution form) {
    return new ApplicationRequest(
        text(form, "poolId"), text(form, "applicantName"), text(form, "applicantEmail"), text(form, "applicantUserId"),
        text(form, "workplaceName"), text(form, "nearestManagerName"), text(form, "nearestManagerEmail"),
        text(form, "nearestManagerUserId"), text(form, "unionRepName"), text(form, "unionRepEmail"),
        text(form, "unionRepUserId"), text(form, "activity"), amount(form, "requestedAmount"),
        whole(form, "buyoutHours"), whole(form, "consultancyHours"), date(form, "projectStart"), date(form, "projectEnd"),
        date(form, "leavingDate"), new SchemeDetails(text(form, "activityCategory"), flag(form, "offeredByMunicipality"),
            flag(form, "releasedFromDuty"), date(form, "releasePeriodEnds"), whole(form, "newlyGraduatedSocialWorkers"),
            flag(form, "medCommitteeInformed"), text(form, "coordinatorName"), text(form, "workingGroup"),
            flag(form, "employedInJobCentre"), text(form, "moduleLevel"), whole(form, "moduleCount")));
  }

  private static Boolean flag(DelegateExecution form, String name) {
    Object value = form.getVariable(name);
    return value == null ? null : Boolean.valueOf(value.toString());
  }

  /** The form's raw fields carry personal data the process does not need once the application is stored. */
  static void removeFrom(DelegateExecution execution) {
    execution.removeVariables(NAMES);
  }

  private static String text(DelegateExecution form, String name) {
    Object value = form.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }

  private static BigDecimal amount(DelegateExecution form, String name) {
    Object value = form.getVariable(name);
    if (value instanceof Number number) {
      return new BigDecimal(number.toString());
    }
    String text = text(form, name);
    try {
      return text == null ? null : new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new InvalidApplicationException(java.util.Map.of(name, "must be a number"));
    }
  }

  private static Integer whole(DelegateExecution form, String name) {
    BigDecimal value = amount(form, name);
    return value == null ? null : value.intValue();
  }

  /** Camunda Forms send dates as ISO strings (2026-05-01); Java callers may pass LocalDate or Date. */
  private static LocalDate date(DelegateExecution form, String name) {
    Object value = form.getVariable(name);
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.util.Date date) {
      return LocalDate.ofInstant(date.toInstant(), dk.puljeflow.EngineTime.ZONE);
    }
    String text = text(form, name);
    try {
      return text == null ? null : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidApplicationException(java.util.Map.of(name, "must be a date (YYYY-MM-DD)"));
    }
  }
}

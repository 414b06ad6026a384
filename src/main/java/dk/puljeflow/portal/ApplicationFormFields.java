package dk.puljeflow.portal;

import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.SchemeDetails;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the public application form. Every field arrives as text, so a wrong type is a message next to
 * its field rather than a refused request; what the values mean is left to the application validator,
 * the same one the API uses.
 */
final class ApplicationFormFields {

  record Parsed(ApplicationRequest request, Map<String, String> errors) {}

  private final Map<String, String> fields;
  private final Map<String, String> errors = new TreeMap<>();

  private ApplicationFormFields(Map<String, String> fields) {
    this.fields = fields;
  }

  static Parsed parse(String poolId, Map<String, String> fields) {
    ApplicationFormFields form = new ApplicationFormFields(fields);
    ApplicationRequest request = new ApplicationRequest(poolId,
        form.text("applicantName"), form.text("applicantEmail"), null,
        form.text("workplaceName"),
        form.text("nearestManagerName"), form.text("nearestManagerEmail"), null,
        form.text("unionRepName"), form.text("unionRepEmail"), null,
        form.text("activity"), form.amount("requestedAmount"), form.whole("buyoutHours"), form.whole("consultancyHours"),
        form.date("projectStart"), form.date("projectEnd"), form.date("leavingDate"),
        new SchemeDetails(form.text("activityCategory"), form.flag("offeredByMunicipality"), form.flag("releasedFromDuty"),
            form.date("releasePeriodEnds"), form.whole("newlyGraduatedSocialWorkers"), form.flag("medCommitteeInformed"),
            form.text("coordinatorName"), form.text("workingGroup"), form.flag("employedInJobCentre"),
            form.text("moduleLevel"), form.whole("moduleCount")));
    return new Parsed(request, form.errors);
  }

  private String text(String name) {
    String value = fields.get(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A checkbox: present means yes; a scheme that asks shows it, so absent means no. */
  private Boolean flag(String name) {
    String value = text(name);
    return value == null ? null : Boolean.valueOf("true".equals(value) || "on".equals(value));
  }

  private BigDecimal amount(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      // Danish users write 12.500,50; the browser's number field sends 12500.50.
      String normalised = value.replace(" ", "").contains(",") ? value.replace(" ", "").replace(".", "").replace(',', '.')
          : value.replace(" ", "");
      return new BigDecimal(normalised);
    } catch (NumberFormatException e) {
      errors.put(name, "skal være et beløb, fx 12500");
      return null;
    }
  }

  private Integer whole(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.valueOf(value);
    } catch (NumberFormatException e) {
      errors.put(name, "skal være et helt tal");
      return null;
    }
  }

  private LocalDate date(String name) {
    String value = text(name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      errors.put(name, "skal være en dato (åååå-mm-dd)");
      return null;
    }
  }
}

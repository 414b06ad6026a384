package dk.puljeflow.portal;

import dk.puljeflow.PlainText;
import dk.puljeflow.link.PersonalLink;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Turns a submitted step page into the variables its task's form would send, checking them first so
 * the party gets Danish messages next to the fields. The task listeners check again: they are the
 * rule, these checks the courtesy.
 */
final class StepForms {

  record Refusal(String field, String message) {}

  /** The Danish of {@link PlainText}'s message. */
  static final String NOT_PLAIN = "skal være almindelig tekst uden < og > (HTML eller script) og uden kontroltegn";

  private static final int LONG_TEXT = 4000;
  private static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

  private StepForms() {}

  static Map<String, Object> variables(PersonalLink link, Map<String, String> fields, Map<String, String> errors) {
    Map<String, Object> variables = new HashMap<>();
    switch (link.getPurpose()) {
      case SIGN_APPLICATION -> {
        String answer = oneOf(fields, "answer", Set.of("SIGN", "DECLINE"), "vælg, om du underskriver eller afviser", errors);
        variables.put("signatureAnswer", answer);
        if ("DECLINE".equals(answer)) {
          variables.put("declineReason", text(fields, "reason", 2000, true, "skriv, hvorfor du afviser", errors));
        }
      }
      case PROVIDE_INFORMATION ->
          variables.put("additionalInformation", text(fields, "information", LONG_TEXT, true, "skriv dit svar", errors));
      case SIGN_CONTRACT -> {
        if (!"true".equals(fields.get("accept"))) {
          errors.put("accept", "kontrakten skal accepteres for at blive underskrevet");
        }
        variables.put("contractAccepted", true);
      }
      case REPORT_USE -> {
        variables.put("reportedCosts", amount(fields, "reportedCosts", true, errors));
        variables.put("usedHours", amount(fields, "usedHours", false, errors));
      }
      case ANSWER_MEETING -> {
        variables.put("invitationAnswer", oneOf(fields, "answer", Set.of("ATTENDING", "NEW_TIME_NEEDED"),
            "vælg, om I deltager", errors));
        variables.put("invitationComment", text(fields, "comment", 2000, false, null, errors));
      }
      case SUBMIT_EVALUATION -> {
        variables.put("evaluationRating", oneOf(fields, "rating", Set.of("VERY_GOOD", "GOOD", "NEUTRAL", "POOR"),
            "vælg en samlet vurdering", errors));
        variables.put("evaluationAnswers", text(fields, "answers", LONG_TEXT, true, "beskriv resultater og erfaringer", errors));
      }
      default -> throw new IllegalArgumentException("No step page for " + link.getPurpose());
    }
    return variables;
  }

  /** The field and message of a form refusal from a task listener, if that is what went wrong. */
  static Optional<Refusal> refusal(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        Object field = refusal.getDetail();
        return Optional.of(new Refusal(field == null ? "form" : field.toString(), refusal.getMessage()));
      }
    }
    return Optional.empty();
  }

  private static String oneOf(Map<String, String> fields, String name, Set<String> allowed, String missing,
      Map<String, String> errors) {
    String value = fields.get(name);
    if (value == null || !allowed.contains(value)) {
      errors.put(name, missing);
      return null;
    }
    return value;
  }

  private static String text(Map<String, String> fields, String name, int maxLength, boolean required, String missing,
      Map<String, String> errors) {
    String value = fields.get(name) == null ? "" : fields.get(name).strip();
    if (value.isEmpty()) {
      if (required) {
        errors.put(name, missing);
      }
      return null;
    }
    if (value.length() > maxLength) {
      errors.put(name, "må højst være " + maxLength + " tegn");
      return null;
    }
    if (!PlainText.Check.isPlain(value)) {
      errors.put(name, NOT_PLAIN);
      return null;
    }
    return value;
  }

  private static Double amount(Map<String, String> fields, String name, boolean required, Map<String, String> errors) {
    String value = fields.get(name) == null ? "" : fields.get(name).strip().replace(" ", "");
    if (value.isEmpty()) {
      if (required) {
        errors.put(name, "skal udfyldes");
      }
      return null;
    }
    try {
      BigDecimal amount = new BigDecimal(value.contains(",") ? value.replace(".", "").replace(',', '.') : value);
      if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0) {
        errors.put(name, "skal være mellem 0 og " + MAX_AMOUNT.toPlainString());
        return null;
      }
      return amount.doubleValue();
    } catch (NumberFormatException e) {
      errors.put(name, "skal være et tal, fx 12500");
      return null;
    }
  }
}

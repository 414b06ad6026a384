package dk.puljeflow.application;

import dk.puljeflow.PlainText;
import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Server-side checks of submitted task forms. Camunda Forms validate only in the browser; a refusal
 * here rolls the completion back, and the engine REST API answers 400 with the message
 * ({@link FormRefusalUnwrapping}). Texts are plain ({@link PlainText}) and fit their column; amounts
 * are numbers of at most 12 digits and 2 decimals, never negative.
 */
public final class TaskForms {

  /** The longest text column a form field is stored in. */
  public static final int MAX_TEXT = 4000;
  private static final int MAX_INTEGER_DIGITS = 12;
  private static final int MAX_DECIMALS = 2;

  private TaskForms() {}

  public static String requiredText(VariableScope form, String field, String label) {
    return requiredText(form, field, label, MAX_TEXT);
  }

  public static String requiredText(VariableScope form, String field, String label, int maxLength) {
    String text = optionalText(form, field, label, maxLength);
    if (text == null) {
      throw refuse(field, label + " is required");
    }
    return text;
  }

  public static String optionalText(VariableScope form, String field) {
    return optionalText(form, field, field, MAX_TEXT);
  }

  public static String optionalText(VariableScope form, String field, String label, int maxLength) {
    Object value = form.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString().trim();
    if (text.length() > maxLength) {
      throw refuse(field, label + " must be at most " + maxLength + " characters");
    }
    if (!PlainText.Check.isPlain(text)) {
      throw refuse(field, label + " must be plain text: no < or > (HTML or script) and no control characters");
    }
    return text;
  }

  /** The form's value as one of {@code choices}, by its name. */
  public static <E extends Enum<E>> E requiredChoice(VariableScope form, String field, String label, Class<E> choices) {
    String text = requiredText(form, field, label);
    try {
      return Enum.valueOf(choices, text);
    } catch (IllegalArgumentException e) {
      throw refuse(field, label + " must be one of " + List.of(choices.getEnumConstants()));
    }
  }

  public static BigDecimal requiredAmount(VariableScope form, String field, String label) {
    BigDecimal amount = optionalAmount(form, field, label);
    if (amount == null) {
      throw refuse(field, label + " is required");
    }
    return amount;
  }

  public static BigDecimal optionalAmount(VariableScope form, String field, String label) {
    Object value = form.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(value.toString().trim());
    } catch (NumberFormatException e) {
      throw refuse(field, label + " must be a number");
    }
    if (amount.signum() < 0) {
      throw refuse(field, label + " must not be negative");
    }
    BigDecimal plain = amount.stripTrailingZeros();
    if (plain.precision() - plain.scale() > MAX_INTEGER_DIGITS || plain.scale() > MAX_DECIMALS) {
      throw refuse(field, label + " must have at most " + MAX_INTEGER_DIGITS + " digits and " + MAX_DECIMALS + " decimals");
    }
    return amount;
  }

  public static boolean checked(VariableScope form, String field) {
    Object value = form.getVariable(field);
    return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
  }

  public static FormFieldValidationException refuse(String field, String message) {
    return new FormFieldValidationException(field, message);
  }
}

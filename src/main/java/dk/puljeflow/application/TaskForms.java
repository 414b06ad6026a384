package dk.puljeflow.application;

import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * Server-side checks of submitted task forms. Camunda Forms validate only in the browser; a refusal
 * here rolls the completion back, and the engine REST API answers 400 with the message
 * ({@link FormRefusalUnwrapping}).
 */
public final class TaskForms {

  private TaskForms() {}

  public static String requiredText(VariableScope form, String field, String label) {
    Object value = form.getVariable(field);
    if (value == null || value.toString().isBlank()) {
      throw refuse(field, label + " is required");
    }
    return value.toString().trim();
  }

  public static String optionalText(VariableScope form, String field) {
    Object value = form.getVariable(field);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
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
    try {
      BigDecimal amount = new BigDecimal(value.toString());
      if (amount.signum() < 0) {
        throw refuse(field, label + " must not be negative");
      }
      return amount;
    } catch (NumberFormatException e) {
      throw refuse(field, label + " must be a number");
    }
  }

  public static boolean checked(VariableScope form, String field) {
    Object value = form.getVariable(field);
    return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
  }

  public static FormFieldValidationException refuse(String field, String message) {
    return new FormFieldValidationException(field, message);
  }
}

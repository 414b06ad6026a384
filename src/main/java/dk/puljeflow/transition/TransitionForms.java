package dk.puljeflow.transition;

import dk.puljeflow.application.TaskForms;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Server-side checks of the TSL task forms, on top of {@link TaskForms}; a refusal rolls the completion
 * back and reaches Tasklist and the REST API as a 400 with its message.
 */
final class TransitionForms {

  private TransitionForms() {}

  /** A Camunda Forms date field submits "2026-12-01"; a Date from the Java or REST API is read in Swedish time. */
  static LocalDate requiredDate(VariableScope form, String field, String label) {
    Object value = form.getVariable(field);
    if (value instanceof Date date) {
      return TransitionTime.dayOf(date.toInstant());
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    String text = TaskForms.requiredText(form, field, label);
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeParseException e) {
      throw TaskForms.refuse(field, label + " must be a date (YYYY-MM-DD)");
    }
  }

  /** A date and time: "2026-12-01T10:00" (Swedish time), or with an offset as Camunda Forms sends it. */
  static Instant requiredDateTime(VariableScope form, String field, String label) {
    Object value = form.getVariable(field);
    if (value instanceof Date date) {
      return date.toInstant();
    }
    String text = TaskForms.requiredText(form, field, label);
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        return LocalDateTime.parse(text).atZone(TransitionTime.ZONE).toInstant();
      } catch (DateTimeParseException e) {
        throw TaskForms.refuse(field, label + " must be a date and time (YYYY-MM-DDTHH:MM)");
      }
    }
  }

  /**
   * Takes the form's raw fields out of the process once they are stored in the participant's tables: the
   * process keeps only ids, routing values and what Tasklist shows.
   */
  static void consume(DelegateTask task, String... fields) {
    task.getExecution().removeVariables(List.of(fields));
  }
}

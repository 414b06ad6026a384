package dk.puljeflow.recruitment;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.TaskForms;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Server-side checks of the recruitment task forms, on top of {@link TaskForms}; a refusal rolls the
 * completion back and reaches Tasklist and the REST API as a 400 with its message.
 */
final class RecruitmentForms {

  private RecruitmentForms() {}

  /** How far from today a date in a recruitment form may lie: a programme stage takes years, not decades. */
  static final int DATE_WINDOW_YEARS = 10;

  /**
   * A Camunda Forms date field submits "2021-08-09"; a Date from the Java or REST API is read in Danish
   * time. A date more than {@value #DATE_WINDOW_YEARS} years from today is a typing error and refused.
   */
  static LocalDate requiredDate(VariableScope form, String field, String label) {
    LocalDate date = parseDate(form, field, label);
    LocalDate today = EngineTime.today();
    if (date.isBefore(today.minusYears(DATE_WINDOW_YEARS)) || date.isAfter(today.plusYears(DATE_WINDOW_YEARS))) {
      throw TaskForms.refuse(field, label + " must be between " + today.minusYears(DATE_WINDOW_YEARS) + " and "
          + today.plusYears(DATE_WINDOW_YEARS));
    }
    return date;
  }

  private static LocalDate parseDate(VariableScope form, String field, String label) {
    Object value = form.getVariable(field);
    if (value instanceof Date date) {
      return LocalDate.ofInstant(date.toInstant(), EngineTime.ZONE);
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

  /**
   * Takes the form's raw fields out of the process once they are stored in the candidate's tables:
   * the process keeps only ids, routing values and what Tasklist shows.
   */
  static void consume(DelegateTask task, String... fields) {
    task.getExecution().removeVariables(List.of(fields));
  }

  /** A deadline on a Danish calendar day, at 16:00 (the end of the working day). */
  static Date endOfWorkingDay(LocalDate day) {
    return Date.from(day.atTime(16, 0).atZone(EngineTime.ZONE).toInstant());
  }

  static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(EngineTime.ZONE).toInstant());
  }
}

package dk.puljeflow.transition;

import dk.puljeflow.application.TaskForms;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Reads the Tasklist start form (forms/tsl-project-start.form) into a {@link TransitionProjectRequest}.
 * The persons are one per line: "name; e-mail; last day of employment (YYYY-MM-DD)".
 */
final class TransitionStartForm {

  static final List<String> FIELDS = List.of("employerName", "employerSignatoryName", "employerSignatoryEmail",
      "unionRepName", "unionRepEmail", "description", "persons");

  private TransitionStartForm() {}

  static TransitionProjectRequest toRequest(DelegateExecution form) {
    return new TransitionProjectRequest(null, text(form, "employerName"), text(form, "employerSignatoryName"),
        text(form, "employerSignatoryEmail"), null, text(form, "unionRepName"), text(form, "unionRepEmail"), null,
        text(form, "description"), persons(text(form, "persons")));
  }

  static List<DismissedPerson> persons(String lines) {
    List<DismissedPerson> persons = new ArrayList<>();
    if (lines == null) {
      return persons;
    }
    String[] rows = lines.split("\\R");
    for (int row = 0; row < rows.length; row++) {
      if (rows[row].isBlank()) {
        continue;
      }
      String[] parts = rows[row].split(";");
      if (parts.length != 3) {
        throw TaskForms.refuse("persons", "persons: line " + (row + 1)
            + " must read 'name; e-mail; last day of employment (YYYY-MM-DD)'");
      }
      try {
        persons.add(new DismissedPerson(parts[0].trim(), parts[1].trim(), LocalDate.parse(parts[2].trim())));
      } catch (DateTimeParseException e) {
        throw TaskForms.refuse("persons", "persons: line " + (row + 1) + ": the last day of employment must be a date (YYYY-MM-DD)");
      }
    }
    return persons;
  }

  private static String text(DelegateExecution form, String name) {
    Object value = form.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString().trim();
  }
}

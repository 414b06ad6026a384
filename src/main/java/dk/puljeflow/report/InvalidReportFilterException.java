package dk.puljeflow.report;

import java.util.Map;

/** A report asked for with a filter that names no pool or no sensible period: one message per parameter. */
public class InvalidReportFilterException extends RuntimeException {

  private final Map<String, String> errors;

  InvalidReportFilterException(Map<String, String> errors) {
    super("Invalid report filter: " + errors);
    this.errors = Map.copyOf(errors);
  }

  public Map<String, String> errors() {
    return errors;
  }
}

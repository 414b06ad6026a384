package dk.puljeflow.application;

import java.util.Map;
import java.util.stream.Collectors;

/** The application cannot be accepted; {@code errors} maps each wrong field to what is wrong with it. */
public class InvalidApplicationException extends RuntimeException {

  private final Map<String, String> errors;

  public InvalidApplicationException(Map<String, String> errors) {
    super("Invalid application: " + errors.entrySet().stream()
        .map(error -> error.getKey() + " " + error.getValue())
        .collect(Collectors.joining("; ")));
    this.errors = Map.copyOf(errors);
  }

  public Map<String, String> errors() {
    return errors;
  }
}

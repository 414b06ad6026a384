package dk.puljeflow.deployment;

import java.util.Map;

/** A migration request names no existing pair of versions; {@code errors} maps each field to what is wrong. */
public class InvalidMigrationException extends RuntimeException {

  private final Map<String, String> errors;

  public InvalidMigrationException(Map<String, String> errors) {
    super("Invalid migration request: " + errors);
    this.errors = Map.copyOf(errors);
  }

  public Map<String, String> errors() {
    return errors;
  }
}

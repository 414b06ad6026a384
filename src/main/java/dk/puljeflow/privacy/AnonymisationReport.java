package dk.puljeflow.privacy;

import java.time.Instant;
import java.util.Map;

/**
 * What anonymising one application did: rows changed (or deleted) per table of Puljeflow's own, and
 * what left the engine's history. {@code alreadyAnonymised} when an earlier run did it; nothing changed.
 */
public record AnonymisationReport(String applicationNumber, Instant anonymisedAt, boolean alreadyAnonymised,
    Map<String, Integer> rows, Map<String, Integer> history) {

  static AnonymisationReport already(String applicationNumber, Instant anonymisedAt) {
    return new AnonymisationReport(applicationNumber, anonymisedAt, true, Map.of(), Map.of());
  }
}

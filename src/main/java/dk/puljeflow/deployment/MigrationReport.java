package dk.puljeflow.deployment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The outcome of a migration or its dry run. {@code instances} were found on the source version;
 * {@code migratable} of them passed the engine's checks, {@code migrated} actually moved (0 in a dry
 * run). {@code unmappedActivities} are source activities that instances wait in and that have no
 * counterpart in the target; {@code planProblems} are reasons the engine refused the plan as a whole.
 */
public record MigrationReport(
    String processKey, int fromVersion, int toVersion, boolean dryRun,
    int instances, int migratable, int migrated,
    List<String> unmappedActivities, List<InstanceProblem> notMigratable, List<String> planProblems) {

  /** An instance that cannot move, with the engine's reasons. */
  public record InstanceProblem(String processInstanceId, String businessKey, List<String> problems) {}

  @JsonProperty
  public String summary() {
    String versions = processKey + " " + fromVersion + " -> " + toVersion;
    if (!planProblems.isEmpty()) {
      return versions + ": the engine refuses the migration plan; nothing moved.";
    }
    String blocked = notMigratable.isEmpty() ? "" : "; " + notMigratable.size() + " cannot move (they stay on version " + fromVersion + ")";
    return dryRun
        ? versions + " (dry run, nothing moved): " + migratable + " of " + instances + " instance(s) can move" + blocked + "."
        : versions + ": migrated " + migrated + " of " + instances + " instance(s)" + blocked + ".";
  }
}

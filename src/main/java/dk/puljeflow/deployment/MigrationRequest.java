package dk.puljeflow.deployment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Move the running instances of one process key from one version to another. Without
 * {@code "dryRun": false} nothing moves: migration is not undoable, so the safe answer is the default.
 */
public record MigrationRequest(
    @NotBlank String processKey,
    @NotNull @Positive Integer fromVersion,
    @NotNull @Positive Integer toVersion,
    Boolean dryRun) {

  public boolean dryRunRequested() {
    return dryRun == null || dryRun;
  }
}

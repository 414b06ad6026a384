package dk.puljeflow.deployment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What is deployed: every deployment, newest first, and every process and decision key with its
 * versions, newest first; a process version also tells how many instances still run on it, which is
 * what an administrator checks before and after a migration.
 */
public record ReleaseOverview(List<Release> deployments, List<DefinitionVersions> processes, List<DefinitionVersions> decisions) {

  /** One deployment; Puljeflow's own releases have the source {@code puljeflow-models}. */
  public record Release(String id, String name, String source, Instant deployedAt) {}

  public record DefinitionVersions(String key, String name, List<Version> versions) {}

  /** {@code runningInstances} is left out for decisions, which have none. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Version(int version, String id, String deploymentId, Long runningInstances) {}
}

package dk.puljeflow.deployment;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * What a deployment attempt did: {@code deployed} is false when the set equalled the latest release.
 * {@code changedFiles} lists files added or changed since that release; {@code definitions} the process
 * and decision versions of the release now in force (the new one, or the unchanged latest one).
 */
public record DeploymentOutcome(boolean deployed, String deploymentId, List<String> changedFiles,
    List<DeployedDefinition> definitions) {

  /** One process or decision definition of a release, with the version the engine gave it. */
  public record DeployedDefinition(String type, String key, int version, String id) {}

  /** One line for people and the {@code bin/redeploy} script. */
  @JsonProperty
  public String summary() {
    if (deploymentId == null) {
      return "No BPMN, DMN or form files found; nothing deployed.";
    }
    return deployed
        ? "Deployed release " + deploymentId + " (" + changedFiles.size() + " file(s) changed)."
        : "Nothing changed since release " + deploymentId + "; nothing deployed.";
  }
}

package dk.puljeflow.deployment;

import java.util.List;

/**
 * What a deployment attempt did: {@code deployed} is false when the set equalled the latest release.
 * {@code changedFiles} lists files added or changed since that release.
 */
public record DeploymentOutcome(boolean deployed, String deploymentId, List<String> changedFiles) {}

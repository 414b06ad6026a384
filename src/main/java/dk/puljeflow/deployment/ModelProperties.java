package dk.puljeflow.deployment;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the BPMN/DMN models and Camunda Forms are read from. A folder that exists on disk wins over
 * the copy packaged in the jar, so administrators can change a model without a build.
 */
@ConfigurationProperties("puljeflow.models")
public record ModelProperties(
    @DefaultValue("./processes") Path processesDir,
    @DefaultValue("./forms") Path formsDir,
    @DefaultValue("puljeflow") String deploymentName) {}

package dk.puljeflow.transition;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * TSL omställningsstöd.
 *
 * @param poolId the pool transition projects are registered in unless a request names another TSL pool
 * @param suppliersFile the version-controlled supplier registry inserted at start-up
 */
@ConfigurationProperties("puljeflow.transition")
public record TransitionProperties(
    @DefaultValue("tsl-omstallning") String poolId,
    @DefaultValue("classpath:tsl-suppliers.yaml") String suppliersFile) {}

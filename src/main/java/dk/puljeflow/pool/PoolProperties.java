package dk.puljeflow.pool;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param seedFile the version-controlled pool definitions inserted at start-up
 * @param openSeedWindowsToday move a seeded pool's application window around today (demo and tests),
 *     since the real schemes' windows lie in the past
 */
@ConfigurationProperties("puljeflow.pools")
public record PoolProperties(
    @DefaultValue("classpath:pools.yaml") String seedFile,
    @DefaultValue("false") boolean openSeedWindowsToday) {}

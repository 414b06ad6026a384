package dk.puljeflow.pool;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param seedFile the version-controlled pool definitions inserted at start-up
 * @param openSeedWindowsToday move a seeded pool's application window to run from a month before
 *     today to six months after (demo and tests) unless it already does, since the real schemes'
 *     windows lie in the past or end soon
 * @param deadlineDay how long one day of a pool's deadlines lasts ({@code decisionDeadlineDays},
 *     {@code escalationDays}, the signature and contract days): a day, except in tests of several
 *     nodes, which share no engine clock and so shorten it to make timers fall due within seconds
 */
@ConfigurationProperties("puljeflow.pools")
public record PoolProperties(
    @DefaultValue("classpath:pools.yaml") String seedFile,
    @DefaultValue("false") boolean openSeedWindowsToday,
    @DefaultValue("P1D") Duration deadlineDay) {}

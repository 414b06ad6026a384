package dk.puljeflow.privacy;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an ended application keeps its personal data: the nightly sweep anonymises applications
 * that closed longer ago than {@code anonymiseAfter} (an ISO-8601 period such as {@code P36M}). When the
 * sweep runs is {@code puljeflow.privacy.sweep-cron} (read by {@link AnonymisationSweep}).
 */
@ConfigurationProperties("puljeflow.privacy")
public record PrivacyProperties(@DefaultValue("P36M") Period anonymiseAfter) {}

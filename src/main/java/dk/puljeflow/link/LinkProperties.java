package dk.puljeflow.link;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code secret} keys the tokens of personal links (PULJEFLOW_LINKS_SECRET, at least 32 characters);
 * {@code publicUrl} is where applicants reach this server, the start of every link in a letter.
 */
@ConfigurationProperties("puljeflow.links")
public record LinkProperties(String secret, String publicUrl) {}

package dk.puljeflow.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of every letter
 * @param embedded run an in-process SMTP server (GreenMail) instead of using spring.mail.*: demo and tests
 * @param embeddedPort its port; 0 picks a free one
 * @param connectionIdleTimeout how long an SMTP connection stays open for the next letter; 0 opens one per letter
 */
@ConfigurationProperties("puljeflow.mail")
public record MailProperties(
    @DefaultValue("puljeflow@localhost") String from,
    @DefaultValue("false") boolean embedded,
    @DefaultValue("3025") int embeddedPort,
    @DefaultValue("30s") Duration connectionIdleTimeout) {}

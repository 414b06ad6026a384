package dk.puljeflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param from the sender address of every letter
 * @param embedded run an in-process SMTP server (GreenMail) instead of using spring.mail.*: demo and tests
 * @param embeddedPort its port; 0 picks a free one
 */
@ConfigurationProperties("puljeflow.mail")
public record MailProperties(
    @DefaultValue("puljeflow@localhost") String from,
    @DefaultValue("false") boolean embedded,
    @DefaultValue("3025") int embeddedPort) {}

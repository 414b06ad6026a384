package dk.puljeflow.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Writes notices to the log until real e-mail delivery replaces it. */
@Component
class LoggingNotifier implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(LoggingNotifier.class);

  @Override
  public void send(Notice notice) {
    log.info("Notice {} for application {} to {}: {}", notice.type(), notice.applicationId(), notice.recipient(), notice.facts());
  }
}

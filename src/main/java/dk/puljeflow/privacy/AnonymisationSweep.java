package dk.puljeflow.privacy;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.CaseConflictException;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night ({@code puljeflow.privacy.sweep-cron}, Danish time): anonymises each application that
 * ended (closed, rejected, declined, lapsed or withdrawn) longer ago than
 * {@code puljeflow.privacy.anonymise-after}, one transaction per application. Safe to run on every node
 * at once and to run again: an application is locked while it is anonymised and done only once; one
 * that cannot be done now (a letter still being sent) is left for the next night.
 */
@Component
class AnonymisationSweep {

  private static final Logger log = LoggerFactory.getLogger(AnonymisationSweep.class);

  record Result(Instant endedBefore, int anonymised, int alreadyDone, int left) {}

  private final Anonymiser anonymiser;
  private final PrivacyProperties properties;

  AnonymisationSweep(Anonymiser anonymiser, PrivacyProperties properties) {
    this.anonymiser = anonymiser;
    this.properties = properties;
  }

  @Scheduled(cron = "${puljeflow.privacy.sweep-cron:0 30 2 * * *}", zone = "Europe/Copenhagen")
  void nightly() {
    Result result = run();
    log.info("Anonymisation sweep: {} application(s) ended before {} anonymised, {} already done, {} left for later",
        result.anonymised(), result.endedBefore(), result.alreadyDone(), result.left());
  }

  /** One sweep at the engine's "now". */
  Result run() {
    Instant endedBefore = EngineTime.now().atZone(EngineTime.ZONE).minus(properties.anonymiseAfter()).toInstant();
    int anonymised = 0;
    int alreadyDone = 0;
    int left = 0;
    for (String number : anonymiser.endedBefore(endedBefore)) {
      try {
        if (anonymiser.anonymise(number, "automatically: ended more than " + properties.anonymiseAfter() + " ago")
            .alreadyAnonymised()) {
          alreadyDone++;
        } else {
          anonymised++;
        }
      } catch (CaseConflictException e) {
        log.info("Anonymisation of {} left for a later sweep: {}", number, e.getMessage());
        left++;
      } catch (RuntimeException e) {
        // Another node holding the row past the lock timeout ends here too; it is then done by that node.
        log.warn("Anonymisation of {} failed; a later sweep tries again", number, e);
        left++;
      }
    }
    return new Result(endedBefore, anonymised, alreadyDone, left);
  }
}

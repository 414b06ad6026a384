package dk.puljeflow.privacy;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.CaseConflictException;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night ({@code puljeflow.privacy.sweep-cron}, Danish time): anonymises each application that
 * ended (closed, rejected, declined, lapsed or withdrawn) and each recruitment candidate whose path
 * ended (employed, not hired, job offer declined, dropped out) longer ago than
 * {@code puljeflow.privacy.anonymise-after}, one transaction each. Safe to run on every node at once and
 * to run again: a case is locked while it is anonymised and done only once; one that cannot be done now
 * (a letter still being sent) is left for the next night.
 */
@Component
class AnonymisationSweep {

  private static final Logger log = LoggerFactory.getLogger(AnonymisationSweep.class);

  record Counts(int anonymised, int alreadyDone, int left) {}

  record Result(Instant endedBefore, Counts applications, Counts candidates) {}

  private final Anonymiser applications;
  private final CandidateAnonymiser candidates;
  private final PrivacyProperties properties;

  AnonymisationSweep(Anonymiser applications, CandidateAnonymiser candidates, PrivacyProperties properties) {
    this.applications = applications;
    this.candidates = candidates;
    this.properties = properties;
  }

  @Scheduled(cron = "${puljeflow.privacy.sweep-cron:0 30 2 * * *}", zone = "Europe/Copenhagen")
  void nightly() {
    Result result = run();
    log.info("Anonymisation sweep of cases ended before {}: applications {}, candidates {}", result.endedBefore(),
        result.applications(), result.candidates());
  }

  /** One sweep at the engine's "now". */
  Result run() {
    Instant endedBefore = EngineTime.now().atZone(EngineTime.ZONE).minus(properties.anonymiseAfter()).toInstant();
    String why = "automatically: ended more than " + properties.anonymiseAfter() + " ago";
    Counts applicationCounts = sweep(applications.endedBefore(endedBefore),
        number -> applications.anonymise(number, why).alreadyAnonymised());
    Counts candidateCounts = sweep(candidates.endedBefore(endedBefore),
        number -> candidates.anonymise(number, why).alreadyAnonymised());
    return new Result(endedBefore, applicationCounts, candidateCounts);
  }

  /** Anonymises each case by its number; the function answers whether an earlier run had done it. */
  private static Counts sweep(List<String> numbers, Predicate<String> anonymiseWasDone) {
    int anonymised = 0;
    int alreadyDone = 0;
    int left = 0;
    for (String number : numbers) {
      try {
        if (anonymiseWasDone.test(number)) {
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
    return new Counts(anonymised, alreadyDone, left);
  }
}

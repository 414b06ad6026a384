package dk.puljeflow.privacy;

import dk.puljeflow.application.ApplicationNotFoundException;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseConflictException;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.privacy.CaseAnonymisation.Done;
import dk.puljeflow.privacy.CaseAnonymisation.Kind;
import dk.puljeflow.privacy.CaseAnonymisation.Locked;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises one ended application: its names, e-mail addresses and free texts are replaced in
 * Puljeflow's own tables (letters, links and receipts included, see {@link ApplicationTables}) and taken
 * out of the engine's history (see {@link CaseHistory}), in one transaction; amounts, dates, statuses,
 * the pool and the application number stay for statistics. Only an ended case is anonymised: a running
 * one still needs its parties' data, so it is refused (409) and has to be withdrawn or finish first.
 * Each application is anonymised once: its row is locked while it is done and {@code anonymised_at}
 * records it, so two nodes (or a request and the nightly sweep) never do it twice.
 */
@Service
public class Anonymiser {

  static final String EVENT = "ANONYMISED";

  private static final Kind APPLICATION = new Kind("grant_application", "application_number",
      ApplicationTables.OF_AN_APPLICATION);
  private static final List<ApplicationStatus> FINAL_STATUSES = Arrays.stream(ApplicationStatus.values())
      .filter(ApplicationStatus::isFinal).toList();

  private final CaseAnonymisation anonymisation;
  private final RuntimeService runtimeService;
  private final CaseLog caseLog;

  Anonymiser(CaseAnonymisation anonymisation, RuntimeService runtimeService, CaseLog caseLog) {
    this.anonymisation = anonymisation;
    this.runtimeService = runtimeService;
    this.caseLog = caseLog;
  }

  /** Anonymises the application; {@code why} goes into the case event log ("on request", "automatically ..."). */
  @Transactional
  public AnonymisationReport anonymise(String applicationNumber, String why) {
    Locked found = anonymisation.lock(APPLICATION, applicationNumber)
        .orElseThrow(() -> new ApplicationNotFoundException(applicationNumber));
    if (found.anonymisedAt() != null) {
      return AnonymisationReport.already(applicationNumber, found.anonymisedAt());
    }
    ApplicationStatus status = ApplicationStatus.valueOf(found.status());
    if (!status.isFinal()) {
      throw new CaseConflictException("Application " + applicationNumber + " is " + status
          + ": only an ended case is anonymised; withdraw it first or wait until it ends");
    }
    long running = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(applicationNumber).count();
    if (running > 0) {
      throw new CaseConflictException("Application " + applicationNumber + " has ended, but " + running
          + " of its process instances still run (a letter not yet sent?); anonymise it once they have ended");
    }
    Done done = anonymisation.anonymise(APPLICATION, applicationNumber, found);
    caseLog.record(found.id(), EVENT, why);
    return new AnonymisationReport(applicationNumber, done.at(), false, done.rows(), done.history());
  }

  /** The numbers of the applications that ended before {@code cutoff} and are not anonymised yet, oldest first. */
  @Transactional(readOnly = true)
  public List<String> endedBefore(Instant cutoff) {
    return anonymisation.endedBefore(APPLICATION, FINAL_STATUSES, cutoff);
  }
}

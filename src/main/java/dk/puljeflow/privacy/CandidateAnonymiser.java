package dk.puljeflow.privacy;

import dk.puljeflow.application.CaseConflictException;
import dk.puljeflow.privacy.CaseAnonymisation.Done;
import dk.puljeflow.privacy.CaseAnonymisation.Kind;
import dk.puljeflow.privacy.CaseAnonymisation.Locked;
import dk.puljeflow.recruitment.CandidateStatus;
import dk.puljeflow.recruitment.RecruitmentEventType;
import dk.puljeflow.recruitment.RecruitmentLog;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises one recruitment candidate whose path has ended (employed, not hired, job offer declined,
 * dropped out), as {@link Anonymiser} does an application: the person's data in the candidate's tables
 * ({@link ApplicationTables#OF_A_CANDIDATE}) and in the engine's history of the candidate's process, in
 * one transaction, once, under a row lock. Stages, dates, intake and outcomes stay for the funnel.
 */
@Service
public class CandidateAnonymiser {

  private static final Kind CANDIDATE = new Kind("candidate", "candidate_number", ApplicationTables.OF_A_CANDIDATE);
  private static final List<CandidateStatus> FINAL_STATUSES = Arrays.stream(CandidateStatus.values())
      .filter(CandidateStatus::isFinal).toList();

  private final CaseAnonymisation anonymisation;
  private final RuntimeService runtimeService;
  private final RecruitmentLog log;

  CandidateAnonymiser(CaseAnonymisation anonymisation, RuntimeService runtimeService, RecruitmentLog log) {
    this.anonymisation = anonymisation;
    this.runtimeService = runtimeService;
    this.log = log;
  }

  /** What anonymising one candidate did; {@code alreadyAnonymised} when an earlier run did it. */
  public record Report(String candidateNumber, Instant anonymisedAt, boolean alreadyAnonymised,
      Map<String, Integer> rows, Map<String, Integer> history) {}

  /** Anonymises the candidate; {@code why} goes into the recruitment event log. */
  @Transactional
  public Report anonymise(String candidateNumber, String why) {
    Locked found = anonymisation.lock(CANDIDATE, candidateNumber)
        .orElseThrow(() -> new NoSuchElementException("No candidate " + candidateNumber));
    if (found.anonymisedAt() != null) {
      return new Report(candidateNumber, found.anonymisedAt(), true, Map.of(), Map.of());
    }
    if (!CandidateStatus.valueOf(found.status()).isFinal()) {
      throw new CaseConflictException("Candidate " + candidateNumber + " is " + found.status()
          + ": only a candidate whose path has ended is anonymised; record the drop-out first");
    }
    if (runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(candidateNumber).count() > 0) {
      throw new CaseConflictException("Candidate " + candidateNumber + " has ended, but the process still runs");
    }
    Done done = anonymisation.anonymise(CANDIDATE, candidateNumber, found);
    log.record(found.id(), RecruitmentEventType.ANONYMISED, why);
    return new Report(candidateNumber, done.at(), false, done.rows(), done.history());
  }

  /** The numbers of the candidates whose path ended before {@code cutoff} and who are not anonymised yet, oldest first. */
  @Transactional(readOnly = true)
  public List<String> endedBefore(Instant cutoff) {
    return anonymisation.endedBefore(CANDIDATE, FINAL_STATUSES, cutoff);
  }
}

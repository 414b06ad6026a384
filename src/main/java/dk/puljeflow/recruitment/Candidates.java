package dk.puljeflow.recruitment;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ProcessVariables;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** Candidates as the recruitment process's delegates and listeners need them. */
@Component
public class Candidates {

  private final CandidateRepository candidates;
  private final IntakeRepository intakes;
  private final RecruitmentProperties properties;
  private final RecruitmentLog log;

  Candidates(CandidateRepository candidates, IntakeRepository intakes, RecruitmentProperties properties, RecruitmentLog log) {
    this.candidates = candidates;
    this.intakes = intakes;
    this.properties = properties;
    this.log = log;
  }

  Candidate register(ReferralRequest referral, String referredBy) {
    Candidate candidate = candidates.saveAndFlush(new Candidate(referral, referredBy, EngineTime.now()));
    candidate.assignNumber(EngineTime.today().getYear());
    log.record(candidate.getId(), RecruitmentEventType.REFERRED, referredBy, candidate.getJobCentre());
    return candidate;
  }

  Candidate of(VariableScope scope) {
    Object id = scope.getVariable(RecruitmentProcess.CANDIDATE_ID);
    if (id == null) {
      throw new IllegalStateException("Process variable " + RecruitmentProcess.CANDIDATE_ID + " is missing");
    }
    return candidates.findById(((Number) id).longValue())
        .orElseThrow(() -> new IllegalStateException("No candidate with id " + id));
  }

  /** The intakes a candidate aiming at this education can apply for today: basic course not yet started. */
  List<Intake> openIntakes(Education education) {
    return intakes.findByEducationAndBasicCourseStartAfterOrderByBasicCourseStartAsc(education, EngineTime.today());
  }

  Intake intakeOf(Candidate candidate) {
    return candidate.getIntakeId() == null ? null : intakes.findById(candidate.getIntakeId()).orElseThrow();
  }

  /**
   * What the process routes on and Tasklist shows; no other personal data. The display variables are the
   * ones every case carries (see {@link ProcessVariables}): the case number, the scheme and the person.
   */
  Map<String, Object> processVariables(Candidate candidate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(RecruitmentProcess.CANDIDATE_ID, candidate.getId());
    variables.put(ProcessVariables.APPLICATION_NUMBER, candidate.getCandidateNumber());
    variables.put(ProcessVariables.POOL_NAME, properties.programme());
    variables.put(ProcessVariables.APPLICANT_NAME, candidate.getName());
    variables.put(ProcessVariables.CASE_SUMMARY, CandidateSummary.of(candidate, intakeOf(candidate)));
    return variables;
  }

  /** Brings the facts shown at the top of the next task form up to date. */
  void refreshSummary(VariableScope scope, Candidate candidate) {
    scope.setVariable(ProcessVariables.CASE_SUMMARY, CandidateSummary.of(candidate, intakeOf(candidate)));
  }
}

package dk.puljeflow.recruitment;

import dk.puljeflow.application.CaseConflictException;
import java.util.NoSuchElementException;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the API does with candidates. Record and process start share one transaction: both or neither. */
@Service
public class RecruitmentService {

  private final Candidates candidates;
  private final CandidateRepository repository;
  private final RuntimeService runtimeService;

  RecruitmentService(Candidates candidates, CandidateRepository repository, RuntimeService runtimeService) {
    this.candidates = candidates;
    this.repository = repository;
    this.runtimeService = runtimeService;
  }

  /** A job-centre caseworker refers a candidate; the recruitment process starts at once. */
  @Transactional
  public Candidate refer(ReferralRequest referral, String referredBy) {
    Candidate candidate = candidates.register(referral, referredBy);
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(RecruitmentProcess.KEY,
        candidate.getCandidateNumber(), candidates.processVariables(candidate));
    candidate.linkProcessInstance(instance.getId());
    return candidate;
  }

  @Transactional(readOnly = true)
  public Candidate byNumber(String number) {
    return repository.findByCandidateNumber(number).orElseThrow(() -> new NoSuchElementException("No candidate " + number));
  }

  /**
   * Ends the candidate's path at whatever stage it has reached. The reason and the reporter travel as
   * transient variables: the drop-out path stores them in the candidate's tables in this transaction,
   * and the engine never writes them down.
   */
  @Transactional
  public Candidate dropOut(String number, String reason, String reportedBy) {
    Candidate candidate = byNumber(number);
    if (candidate.getStatus().isFinal()) {
      throw new CaseConflictException("Candidate " + number + " is already " + candidate.getStatus());
    }
    try {
      runtimeService.createMessageCorrelation(RecruitmentProcess.DROP_OUT_MESSAGE)
          .processInstanceId(candidate.getProcessInstanceId())
          .setVariable(RecruitmentProcess.DROP_OUT_REASON, Variables.stringValue(reason, true))
          .setVariable(RecruitmentProcess.DROP_OUT_REPORTED_BY, Variables.stringValue(reportedBy, true))
          .correlate();
    } catch (MismatchingMessageCorrelationException e) {
      throw new CaseConflictException("Candidate " + number + " cannot drop out now: the process has ended");
    }
    return byNumber(number);
  }
}

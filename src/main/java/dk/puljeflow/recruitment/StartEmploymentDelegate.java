package dk.puljeflow.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start employment": the basic course has started, and with it the candidate's employment. */
@Component
class StartEmploymentDelegate implements JavaDelegate {

  private final Candidates candidates;
  private final RecruitmentLog log;

  StartEmploymentDelegate(Candidates candidates, RecruitmentLog log) {
    this.candidates = candidates;
    this.log = log;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Candidate candidate = candidates.of(execution);
    candidate.employmentStarted();
    log.record(candidate.getId(), RecruitmentEventType.EMPLOYED, candidate.getEmploymentStart().toString());
    candidates.refreshSummary(execution, candidate);
  }
}

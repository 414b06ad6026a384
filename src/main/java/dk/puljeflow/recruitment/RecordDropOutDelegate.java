package dk.puljeflow.recruitment;

import dk.puljeflow.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record drop-out": the interrupting event subprocess has already cancelled the candidate's open task
 * or timer; this records at which stage the candidate left, why, and who reported it.
 */
@Component
class RecordDropOutDelegate implements JavaDelegate {

  private final Candidates candidates;
  private final RecruitmentLog log;

  RecordDropOutDelegate(Candidates candidates, RecruitmentLog log) {
    this.candidates = candidates;
    this.log = log;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object reason = execution.getVariable(RecruitmentProcess.DROP_OUT_REASON);
    if (reason == null || reason.toString().isBlank()) {
      throw new IllegalArgumentException("A drop-out needs a reason: correlate " + RecruitmentProcess.DROP_OUT_MESSAGE
          + " with the variable " + RecruitmentProcess.DROP_OUT_REASON);
    }
    Object reportedBy = execution.getVariable(RecruitmentProcess.DROP_OUT_REPORTED_BY);
    Candidate candidate = candidates.of(execution);
    candidate.droppedOut(reason.toString().trim(), EngineTime.now());
    String detail = candidate.getDropOutStage() + ": " + candidate.getDropOutReason();
    log.record(candidate.getId(), RecruitmentEventType.DROPPED_OUT,
        reportedBy == null ? log.currentUser() : reportedBy.toString(), detail.length() > 1000 ? detail.substring(0, 1000) : detail);
  }
}

package dk.puljeflow.recruitment;

import dk.puljeflow.application.TaskForms;
import dk.puljeflow.EngineTime;
import dk.puljeflow.recruitment.Candidate.InterviewOutcome;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Hold hiring interview": the candidate is interviewed on equal terms with other applicants, so the
 * outcome is the interview's alone; a completed pre-course does not decide it.
 */
@Component
class HiringInterviewListener implements TaskListener {

  private final Candidates candidates;
  private final RecruitmentLog log;

  HiringInterviewListener(Candidates candidates, RecruitmentLog log) {
    this.candidates = candidates;
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    InterviewOutcome outcome = TaskForms.requiredChoice(task, "interviewOutcome", "The outcome", InterviewOutcome.class);
    String note = TaskForms.optionalText(task, "interviewNote", "The note", 2000);
    Candidate candidate = candidates.of(task);
    candidate.interviewed(outcome, note, EngineTime.now());
    log.record(candidate.getId(),
        outcome == InterviewOutcome.HIRED ? RecruitmentEventType.HIRED : RecruitmentEventType.NOT_HIRED, candidate.getIntakeId());
    RecruitmentForms.consume(task, "interviewOutcome", "interviewNote");
    task.setVariable(RecruitmentProcess.HIRED, outcome == InterviewOutcome.HIRED);
    candidates.refreshSummary(task, candidate);
  }
}

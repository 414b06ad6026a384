package dk.puljeflow.recruitment;

import dk.puljeflow.application.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Assign mentor and education contacts": mentor, education coordinator, practice supervisor and education adviser. */
@Component
class AssignSupportListener implements TaskListener {

  private final Candidates candidates;
  private final RecruitmentLog log;

  AssignSupportListener(Candidates candidates, RecruitmentLog log) {
    this.candidates = candidates;
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    String mentor = TaskForms.requiredText(task, "mentor", "The mentor", 200);
    String coordinator = TaskForms.requiredText(task, "educationCoordinator", "The education coordinator", 200);
    String supervisor = TaskForms.requiredText(task, "practiceSupervisor", "The practice supervisor", 200);
    String adviser = TaskForms.requiredText(task, "educationAdviser", "The education adviser", 200);
    Candidate candidate = candidates.of(task);
    candidate.supportAssigned(mentor, coordinator, supervisor, adviser);
    log.record(candidate.getId(), RecruitmentEventType.SUPPORT_ASSIGNED, null);
    RecruitmentForms.consume(task, "mentor", "educationCoordinator", "practiceSupervisor", "educationAdviser");
  }
}

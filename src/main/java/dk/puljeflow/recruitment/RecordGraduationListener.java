package dk.puljeflow.recruitment;

import dk.puljeflow.application.TaskForms;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Record graduation": the candidate has finished the education; the job guarantee applies. */
@Component
class RecordGraduationListener implements TaskListener {

  private final Candidates candidates;
  private final RecruitmentLog log;

  RecordGraduationListener(Candidates candidates, RecruitmentLog log) {
    this.candidates = candidates;
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate graduatedOn = RecruitmentForms.requiredDate(task, "graduatedOn", "The day of graduation");
    Candidate candidate = candidates.of(task);
    if (!graduatedOn.isAfter(candidate.getEmploymentStart())) {
      throw TaskForms.refuse("graduatedOn", "The day of graduation must be after the basic-course start, "
          + candidate.getEmploymentStart());
    }
    candidate.graduated(graduatedOn);
    log.record(candidate.getId(), RecruitmentEventType.GRADUATED, graduatedOn.toString());
    RecruitmentForms.consume(task, "graduatedOn");
    candidates.refreshSummary(task, candidate);
  }
}

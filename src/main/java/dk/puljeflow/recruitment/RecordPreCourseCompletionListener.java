package dk.puljeflow.recruitment;

import dk.puljeflow.application.TaskForms;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Record completed pre-course": the candidate may now apply for an intake. */
@Component
class RecordPreCourseCompletionListener implements TaskListener {

  private final Candidates candidates;
  private final RecruitmentLog log;

  RecordPreCourseCompletionListener(Candidates candidates, RecruitmentLog log) {
    this.candidates = candidates;
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate completedOn = RecruitmentForms.requiredDate(task, "preCourseCompletedOn", "The day the pre-course was completed");
    Candidate candidate = candidates.of(task);
    if (completedOn.isBefore(candidate.getPreCourseStart())) {
      throw TaskForms.refuse("preCourseCompletedOn", "The pre-course cannot be completed before its first day, "
          + candidate.getPreCourseStart());
    }
    candidate.preCourseCompleted(completedOn);
    log.record(candidate.getId(), RecruitmentEventType.PRE_COURSE_COMPLETED, completedOn.toString());
    RecruitmentForms.consume(task, "preCourseCompletedOn");
    candidates.refreshSummary(task, candidate);
  }
}

package dk.puljeflow.recruitment;

import dk.puljeflow.application.TaskForms;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Agree pre-course": the individually agreed pre-course, aimed at one education, with its dates and content. */
@Component
class AgreePreCourseListener implements TaskListener {

  private final Candidates candidates;
  private final RecruitmentLog log;

  AgreePreCourseListener(Candidates candidates, RecruitmentLog log) {
    this.candidates = candidates;
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    Education education = TaskForms.requiredChoice(task, "education", "The education", Education.class);
    LocalDate start = RecruitmentForms.requiredDate(task, "preCourseStart", "The pre-course's first day");
    LocalDate end = RecruitmentForms.requiredDate(task, "preCourseEnd", "The pre-course's last day");
    if (end.isBefore(start)) {
      throw TaskForms.refuse("preCourseEnd", "The pre-course's last day must not be before its first day");
    }
    String content = TaskForms.requiredText(task, "preCourseContent", "The pre-course's content", 2000);

    Candidate candidate = candidates.of(task);
    candidate.preCourseAgreed(education, start, end, content);
    log.record(candidate.getId(), RecruitmentEventType.PRE_COURSE_AGREED, education + " " + start + "–" + end);
    RecruitmentForms.consume(task, "education", "preCourseStart", "preCourseEnd", "preCourseContent");
    task.setVariable(RecruitmentProcess.PRE_COURSE_ENDS_AT, RecruitmentForms.endOfWorkingDay(end));
    candidates.refreshSummary(task, candidate);
  }
}

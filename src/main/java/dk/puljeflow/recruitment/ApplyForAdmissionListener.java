package dk.puljeflow.recruitment;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Apply for admission to an intake": one intake of the pre-course's education whose basic course has not started. */
@Component
class ApplyForAdmissionListener implements TaskListener {

  static final String INTAKE_ID = "intakeId";

  private final Candidates candidates;
  private final RecruitmentLog log;

  ApplyForAdmissionListener(Candidates candidates, RecruitmentLog log) {
    this.candidates = candidates;
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    String intakeId = TaskForms.requiredText(task, INTAKE_ID, "The intake");
    Candidate candidate = candidates.of(task);
    Intake intake = candidates.openIntakes(candidate.getEducation()).stream()
        .filter(open -> open.getId().equals(intakeId))
        .findFirst()
        .orElseThrow(() -> TaskForms.refuse(INTAKE_ID, "The intake '" + intakeId + "' is not open to a candidate for "
            + candidate.getEducation() + " on " + EngineTime.today()));
    candidate.appliedFor(intake, EngineTime.now());
    log.record(candidate.getId(), RecruitmentEventType.APPLIED, intake.getId());
    RecruitmentForms.consume(task, INTAKE_ID);
    task.setVariable(RecruitmentProcess.BASIC_COURSE_STARTS_AT, RecruitmentForms.startOfDay(intake.getBasicCourseStart()));
    candidates.refreshSummary(task, candidate);
  }
}

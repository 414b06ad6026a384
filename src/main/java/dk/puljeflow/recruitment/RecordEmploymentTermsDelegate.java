package dk.puljeflow.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Record employment terms": employed from the intake's basic-course start, at the pay the decision
 * table found, with one internship placement to record per period of the education.
 */
@Component
class RecordEmploymentTermsDelegate implements JavaDelegate {

  private final Candidates candidates;
  private final RecruitmentProperties properties;
  private final RecruitmentLog log;

  RecordEmploymentTermsDelegate(Candidates candidates, RecruitmentProperties properties, RecruitmentLog log) {
    this.candidates = candidates;
    this.properties = properties;
    this.log = log;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Candidate candidate = candidates.of(execution);
    Intake intake = candidates.intakeOf(candidate);
    PayScale payScale = PayScale.valueOf((String) execution.getVariable(RecruitmentProcess.APPRENTICE_PAY));
    candidate.employmentTerms(intake.getBasicCourseStart(), payScale);
    log.record(candidate.getId(), RecruitmentEventType.EMPLOYMENT_TERMS_SET, payScale + " from " + intake.getBasicCourseStart());
    execution.setVariable(RecruitmentProcess.INTERNSHIP_PERIODS, properties.internshipPeriodsOf(intake.getEducation()));
    candidates.refreshSummary(execution, candidate);
  }
}

package dk.puljeflow.recruitment;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Hands "Determine apprentice pay" the one fact its table reads: the candidate's age in whole years on
 * the day the intake's basic course starts. Transient: never stored, the birth date stays in the table.
 */
@Component
class ApprenticePayFactsListener implements ExecutionListener {

  private final Candidates candidates;

  ApprenticePayFactsListener(Candidates candidates) {
    this.candidates = candidates;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Candidate candidate = candidates.of(execution);
    int age = candidate.ageOn(candidates.intakeOf(candidate).getBasicCourseStart());
    execution.setVariableLocal(RecruitmentProcess.AGE_AT_BASIC_COURSE_START, Variables.integerValue(age, true));
  }
}

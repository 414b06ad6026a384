package dk.puljeflow.recruitment;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** When "Record internship placement" opens: which period it is for (1, 2, ...), for the form and the record. */
@Component
class InternshipPeriodListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    task.setVariableLocal(RecruitmentProcess.INTERNSHIP_PERIOD, period(task));
  }

  /** The multi-instance task's loop counter counts from 0. */
  static int period(DelegateTask task) {
    return ((Number) task.getVariable("loopCounter")).intValue() + 1;
  }
}

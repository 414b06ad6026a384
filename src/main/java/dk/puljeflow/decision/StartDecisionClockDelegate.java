package dk.puljeflow.decision;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolDeadlines;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Start decision clock": the answer is due the pool's deadline after full signature (14 days for
 * the seed pools), to the second. The clock does not pause while more information is awaited: the
 * deadline timers sit on the whole assessment, including the wait for the applicant.
 */
@Component
class StartDecisionClockDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final PoolDeadlines deadlines;

  StartDecisionClockDelegate(ApplicationRegistry registry, PoolDeadlines deadlines) {
    this.registry = registry;
    this.deadlines = deadlines;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = registry.find(ProcessVariables.applicationId(execution));
    Pool pool = registry.poolOf(application);
    Instant submittedAt = application.getSubmittedAt();
    Instant dueAt = submittedAt.plus(deadlines.decision(pool));
    application.recordDecisionDue(dueAt);
    execution.setVariable(DecisionProcess.DUE_AT, Date.from(dueAt));
    execution.setVariable(DecisionProcess.ESCALATION_AT, Date.from(submittedAt.plus(deadlines.escalation(pool))));
  }
}

package dk.puljeflow.transition;

import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Start transition project": the grant is reserved; every listed person is now offered the support. */
@Component
class StartTransitionProjectDelegate implements JavaDelegate {

  private final ApplicationRegistry registry;
  private final TransitionProjects projects;
  private final CaseLog caseLog;

  StartTransitionProjectDelegate(ApplicationRegistry registry, TransitionProjects projects, CaseLog caseLog) {
    this.registry = registry;
    this.projects = projects;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication project = registry.find(ProcessVariables.applicationId(execution));
    project.moveTo(ApplicationStatus.ACTIVE);
    caseLog.record(project.getId(), "PROJECT_STARTED", projects.participantIds(project.getId()).size() + " uppsagda erbjuds stöd");
  }
}

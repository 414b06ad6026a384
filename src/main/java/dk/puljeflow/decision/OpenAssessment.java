package dk.puljeflow.decision;

import dk.puljeflow.security.Groups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Makes the open "Assess application" task of a case visible to managers, optionally at top priority. */
@Component
class OpenAssessment {

  private final TaskService taskService;

  OpenAssessment(TaskService taskService) {
    this.taskService = taskService;
  }

  void escalate(DelegateExecution execution, int priority) {
    for (Task task : taskService.createTaskQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(DecisionProcess.ASSESS_TASK)
        .list()) {
      // Escalation and deadline both ask the managers; the group is added once.
      if (taskService.getIdentityLinksForTask(task.getId()).stream().noneMatch(OpenAssessment::isManagerCandidate)) {
        taskService.addCandidateGroup(task.getId(), Groups.MANAGER);
      }
      if (task.getPriority() < priority) {
        taskService.setPriority(task.getId(), priority);
      }
    }
  }

  /** The same for an "Assess application" task being created, while its create event runs. */
  static void escalate(DelegateTask task, int priority) {
    if (task.getCandidates().stream().noneMatch(OpenAssessment::isManagerCandidate)) {
      task.addCandidateGroup(Groups.MANAGER);
    }
    if (task.getPriority() < priority) {
      task.setPriority(priority);
    }
  }

  private static boolean isManagerCandidate(IdentityLink link) {
    return IdentityLinkType.CANDIDATE.equals(link.getType()) && Groups.MANAGER.equals(link.getGroupId());
  }
}

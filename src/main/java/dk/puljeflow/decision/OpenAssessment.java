package dk.puljeflow.decision;

import dk.puljeflow.security.Groups;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
      taskService.addCandidateGroup(task.getId(), Groups.MANAGER);
      if (task.getPriority() < priority) {
        taskService.setPriority(task.getId(), priority);
      }
    }
  }
}

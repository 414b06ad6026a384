package dk.puljeflow.tasklist;

import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A task assigned to someone is completed by them. Camunda lets every candidate complete a task, also
 * one a colleague has claimed, so without this a caseworker could decide the case another caseworker
 * is assessing. Completing someone else's task through Tasklist or the engine REST API is refused as
 * an authorization failure (HTTP 403 with the reason) and nothing of the submitted form is kept.
 *
 * <p>Unassigned tasks stay open to all their candidates, administrators ({@code camunda-admin}) may
 * complete any task, and the application's own calls, which run without a logged-in user (a party's
 * personal link, for one), are not affected. Applied to every user task at parse time, before the
 * model's own listeners.
 */
@Component
class AssigneeOnlyCompletion extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    TaskListener onComplete = AssigneeOnlyCompletion::onComplete;
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, onComplete);
      }
    });
  }

  static void onComplete(DelegateTask task) {
    Authentication user = Context.getCommandContext().getAuthentication();
    String assignee = task.getAssignee();
    if (user == null || user.getUserId() == null || assignee == null || assignee.equals(user.getUserId())) {
      return;
    }
    if (Context.getCommandContext().getAuthorizationManager().isCamundaAdmin(user)) {
      return;
    }
    throw new AuthorizationException("The task '" + task.getName() + "' is assigned to " + assignee
        + ": only " + assignee + " can complete it. Ask them to hand it over (unclaim) first.");
  }
}

package dk.puljeflow.tasklist;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.ProcessVariables;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of a case what a caseworker needs in the task list: a Danish name with the
 * application number, a description of what to check, and a due date. Applied to all user tasks at
 * parse time, so the models keep their English names and no model can forget it. Due dates the
 * model sets itself (signature expiry, decision deadline, ...) are kept.
 */
@Component
class CaseTaskConventions extends AbstractProcessEnginePlugin {

  static final Duration FOLLOW_UP_WITHIN = Duration.ofDays(7);
  static final Duration APPROVE_WITHIN = Duration.ofDays(10);
  static final Duration REPORT_WITHIN_AFTER_PROJECT = Duration.ofDays(30);

  private final ObjectProvider<ApplicationRegistry> registry;

  CaseTaskConventions(ObjectProvider<ApplicationRegistry> registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    TaskListener onCreate = this::onCreate;
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, onCreate);
      }
    });
  }

  void onCreate(DelegateTask task) {
    Object number = task.getVariable(ProcessVariables.APPLICATION_NUMBER);
    if (number == null) {
      return;
    }
    CaseTasks.Text text = CaseTasks.BY_TASK.get(task.getTaskDefinitionKey());
    String name = text == null ? task.getName() : text.name();
    task.setName(name + " – " + number);
    if (text != null && (task.getDescription() == null || task.getDescription().isBlank())) {
      task.setDescription(text.whatToCheck());
    }
    if (task.getDueDate() == null) {
      Date due = defaultDue(task);
      if (due != null) {
        task.setDueDate(due);
      }
    }
  }

  private Date defaultDue(DelegateTask task) {
    return switch (task.getTaskDefinitionKey()) {
      case "ProvideInformation" -> (Date) task.getVariable("decisionDueAt");
      case "ApprovePayout" -> Date.from(EngineTime.now().plus(APPROVE_WITHIN));
      case "FollowUpMeeting", "FollowUpEvaluation" -> Date.from(EngineTime.now().plus(FOLLOW_UP_WITHIN));
      case "ReportUse" -> Date.from(registry.getObject().find(ProcessVariables.applicationId(task)).getProjectEnd()
          .atTime(LocalTime.of(16, 0)).atZone(EngineTime.ZONE).toInstant().plus(REPORT_WITHIN_AFTER_PROJECT));
      default -> null;
    };
  }
}

package dk.puljeflow.transition;

import dk.puljeflow.application.TaskForms;
import dk.puljeflow.EngineTime;
import dk.puljeflow.application.CaseLog;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Record the person's decision": after the mapping meeting the person joins the support or declines it. */
@Component
class RecordParticipationListener implements TaskListener {

  static final String PARTICIPATION = "participation";

  enum Participation { JOIN, DECLINE }

  private final TransitionProjects projects;
  private final CaseLog caseLog;

  RecordParticipationListener(TransitionProjects projects, CaseLog caseLog) {
    this.projects = projects;
    this.caseLog = caseLog;
  }

  @Override
  public void notify(DelegateTask task) {
    Participation answer = TaskForms.requiredChoice(task, PARTICIPATION, "The person's decision", Participation.class);
    Participant participant = projects.of(task);
    if (answer == Participation.JOIN) {
      participant.joined(TransitionTime.today());
      caseLog.record(participant.getApplicationId(), "JOINED", participant.getParticipantNumber());
    } else {
      participant.declined(TransitionTime.today(), EngineTime.now());
      caseLog.record(participant.getApplicationId(), "DECLINED", participant.getParticipantNumber());
    }
    TransitionForms.consume(task, PARTICIPATION);
    task.setVariable(TransitionProcess.JOINS, answer == Participation.JOIN);
    projects.refreshSummary(task, participant);
  }
}

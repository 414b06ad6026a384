package dk.puljeflow.transition;

import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.TaskForms;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * "Record outcome": the person has a new job, has started their own business, or the support ends for
 * another reason. Recording it ends the support period before its year is over.
 */
@Component
class RecordOutcomeListener implements TaskListener {

  static final String OUTCOME = "outcome";
  static final String OUTCOME_ON = "outcomeOn";
  static final String NOTE = "outcomeNote";

  private final TransitionProjects projects;
  private final CaseLog caseLog;

  RecordOutcomeListener(TransitionProjects projects, CaseLog caseLog) {
    this.projects = projects;
    this.caseLog = caseLog;
  }

  @Override
  public void notify(DelegateTask task) {
    Outcome outcome = TaskForms.requiredChoice(task, OUTCOME, "The outcome", Outcome.class);
    if (!outcome.isRecordable()) {
      throw TaskForms.refuse(OUTCOME, "The outcome must be NEW_JOB, OWN_BUSINESS or OTHER");
    }
    LocalDate on = TransitionForms.requiredDate(task, OUTCOME_ON, "The date of the outcome");
    String note = TaskForms.optionalText(task, NOTE, "The note", 2000);
    if (outcome == Outcome.OTHER && note == null) {
      throw TaskForms.refuse(NOTE, "Describe the outcome when it is OTHER");
    }
    Participant participant = projects.of(task);
    if (on.isAfter(TransitionTime.today())) {
      throw TaskForms.refuse(OUTCOME_ON, "The date of the outcome must not be in the future");
    }
    if (on.isBefore(TransitionTime.dayOf(participant.getSupportStartedAt()))) {
      throw TaskForms.refuse(OUTCOME_ON, "The date of the outcome must not be before the support started on "
          + TransitionTime.dayOf(participant.getSupportStartedAt()));
    }
    participant.outcomeRecorded(outcome, on, note);
    caseLog.record(participant.getApplicationId(), "OUTCOME_RECORDED", participant.getParticipantNumber() + ": " + outcome + " " + on);
    TransitionForms.consume(task, OUTCOME, OUTCOME_ON, NOTE);
  }
}

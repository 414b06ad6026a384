package dk.puljeflow.followup;

import dk.puljeflow.application.TaskForms;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completing "Answer meeting invitation" records whether the workplace comes or needs another time;
 * the caseworker sees it when recording the meeting.
 */
@Component
class RecordInvitationAnswerListener implements TaskListener {

  static final String ANSWER = "invitationAnswer";
  static final String COMMENT = "invitationComment";
  static final Set<String> ANSWERS = Set.of("ATTENDING", "NEW_TIME_NEEDED");

  private final FollowUps followUps;

  RecordInvitationAnswerListener(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void notify(DelegateTask task) {
    String answer = TaskForms.requiredText(task, ANSWER, "The answer");
    if (!ANSWERS.contains(answer)) {
      throw TaskForms.refuse(ANSWER, "The answer must be one of " + ANSWERS);
    }
    String comment = TaskForms.optionalText(task, COMMENT, "The comment", 2000);
    followUps.answerInvitation(task, answer, comment);
    task.removeVariable(ANSWER);
    task.removeVariable(COMMENT);
  }
}

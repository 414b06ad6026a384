package dk.puljeflow.followup;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.CaseLog;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.ProcessVariables;
import dk.puljeflow.followup.FollowUp.Kind;
import dk.puljeflow.link.LinkPurpose;
import dk.puljeflow.link.PersonalLink;
import dk.puljeflow.link.PersonalLinks;
import dk.puljeflow.notification.Notice;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.notification.Notifier;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** What the midway meeting and the final evaluation share: scheduling, telling the applicant side, recording. */
@Component
class FollowUps {

  private final ApplicationRegistry registry;
  private final FollowUpRepository followUps;
  private final CaseLog caseLog;
  private final Notifier notifier;
  private final PersonalLinks links;

  FollowUps(ApplicationRegistry registry, FollowUpRepository followUps, CaseLog caseLog, Notifier notifier,
      PersonalLinks links) {
    this.registry = registry;
    this.followUps = followUps;
    this.caseLog = caseLog;
    this.notifier = notifier;
    this.links = links;
  }

  GrantApplication applicationOf(DelegateExecution execution) {
    return registry.find(ProcessVariables.applicationId(execution));
  }

  /**
   * Creates the follow-up and sets the model's timer variables. A time already past is fine: its
   * timer fires at once, so a case that reaches this stage late still gets its invitation.
   */
  void schedule(DelegateExecution execution, Kind kind, Instant at, Map<String, Instant> timers) {
    Long applicationId = ProcessVariables.applicationId(execution);
    followUps.save(new FollowUp(applicationId, kind, at));
    caseLog.record(applicationId, kind + "_SCHEDULED", at.toString());
    timers.forEach((variable, instant) -> execution.setVariable(variable, Date.from(instant)));
  }

  void notifyApplicant(DelegateExecution execution, Kind kind, NoticeType type, boolean reminder) {
    GrantApplication application = applicationOf(execution);
    FollowUp followUp = find(application.getId(), kind);
    if (reminder) {
      followUp.reminded();
    } else {
      followUp.invited(EngineTime.now());
    }
    PersonalLink link = kind == Kind.MIDWAY_MEETING
        // The answer to an invitation is due before the meeting; the evaluation by its deadline.
        ? links.issue(application.getId(), LinkPurpose.ANSWER_MEETING, null, null, followUp.getScheduledAt())
        : links.issue(application.getId(), LinkPurpose.SUBMIT_EVALUATION, null, null, dueAt(execution, "evaluationDueAt"));
    notifier.send(new Notice(type, application.getId(), application.getApplicantEmail(), Map.of(
        "applicationNumber", application.getApplicationNumber(),
        "scheduledAt", followUp.getScheduledAt(),
        "meetingStart", followUp.getScheduledAt().atZone(EngineTime.ZONE).toString(),
        Notice.LINK_ID, link.getId())));
  }

  private static Instant dueAt(DelegateExecution execution, String variable) {
    Object due = execution.getVariable(variable);
    return due instanceof Date date ? date.toInstant() : null;
  }

  void complete(DelegateTask task, Kind kind, Boolean held, String rating, String answers, boolean overdue) {
    Long applicationId = ProcessVariables.applicationId(task);
    FollowUp followUp = find(applicationId, kind);
    if (overdue) {
      followUp.markOverdue();
    }
    followUp.complete(completedBy(task), EngineTime.now(), held, rating, answers);
    caseLog.record(applicationId, kind + "_RECORDED", overdue ? "after follow-up" : null);
  }

  void answerInvitation(DelegateTask task, String answer, String comment) {
    Long applicationId = ProcessVariables.applicationId(task);
    find(applicationId, Kind.MIDWAY_MEETING).answerInvitation(answer, comment);
    caseLog.record(applicationId, "MIDWAY_MEETING_INVITATION_ANSWERED", answer);
  }

  /** The assignee, or the signed-in candidate who completed the unclaimed task (engine REST needs no claim). */
  private static String completedBy(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user == null ? null : user.getUserId();
  }

  private FollowUp find(Long applicationId, Kind kind) {
    return followUps.findByApplicationIdAndKind(applicationId, kind).orElseThrow();
  }
}

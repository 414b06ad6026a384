package dk.puljeflow.followup;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.GrantApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Schedule midway meeting": at the middle of the project period, 10:00. Invitation two weeks before,
 * reminder two days before, and the record is overdue a week after.
 */
@Component
class ScheduleMidwayMeetingDelegate implements JavaDelegate {

  static final Duration INVITE_BEFORE = Duration.ofDays(14);
  static final Duration REMIND_BEFORE = Duration.ofDays(2);
  static final Duration RECORD_WITHIN = Duration.ofDays(7);

  private final FollowUps followUps;

  ScheduleMidwayMeetingDelegate(FollowUps followUps) {
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantApplication application = followUps.applicationOf(execution);
    LocalDate start = application.getProjectStart();
    LocalDate midpoint = start.plusDays(ChronoUnit.DAYS.between(start, application.getProjectEnd()) / 2);
    Instant meetingAt = midpoint.atTime(LocalTime.of(10, 0)).atZone(EngineTime.ZONE).toInstant();
    followUps.schedule(execution, FollowUp.Kind.MIDWAY_MEETING, meetingAt, Map.of(
        "meetingAt", meetingAt,
        "invitationAt", meetingAt.minus(INVITE_BEFORE),
        "meetingReminderAt", meetingAt.minus(REMIND_BEFORE),
        "meetingRecordDueAt", meetingAt.plus(RECORD_WITHIN)));
  }
}

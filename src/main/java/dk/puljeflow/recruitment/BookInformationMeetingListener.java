package dk.puljeflow.recruitment;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.TaskForms;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Book information meeting": the virtual information meeting the candidate signs up for. */
@Component
class BookInformationMeetingListener implements TaskListener {

  static final String MEETING_ON = "informationMeetingOn";

  private final Candidates candidates;
  private final RecruitmentLog log;

  BookInformationMeetingListener(Candidates candidates, RecruitmentLog log) {
    this.candidates = candidates;
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    LocalDate meetingOn = RecruitmentForms.requiredDate(task, MEETING_ON, "The date of the information meeting");
    if (meetingOn.isBefore(EngineTime.today())) {
      throw TaskForms.refuse(MEETING_ON, "The date of the information meeting must not be in the past");
    }
    Candidate candidate = candidates.of(task);
    candidate.informationMeetingBooked(meetingOn);
    log.record(candidate.getId(), RecruitmentEventType.INFORMATION_MEETING_BOOKED, meetingOn.toString());
    RecruitmentForms.consume(task, MEETING_ON);
    task.setVariable(RecruitmentProcess.INFORMATION_MEETING_AT, RecruitmentForms.endOfWorkingDay(meetingOn));
    candidates.refreshSummary(task, candidate);
  }
}

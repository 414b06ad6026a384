package dk.puljeflow.recruitment;

import dk.puljeflow.application.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Record attendance at information meeting": attended goes on to the pre-course; missed books a new meeting. */
@Component
class RecordMeetingAttendanceListener implements TaskListener {

  private final Candidates candidates;
  private final RecruitmentLog log;

  RecordMeetingAttendanceListener(Candidates candidates, RecruitmentLog log) {
    this.candidates = candidates;
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean attended = TaskForms.checked(task, RecruitmentProcess.MEETING_ATTENDED);
    Candidate candidate = candidates.of(task);
    String meetingOn = String.valueOf(candidate.getInformationMeetingOn());
    if (attended) {
      candidate.informationMeetingAttended();
      log.record(candidate.getId(), RecruitmentEventType.INFORMATION_MEETING_ATTENDED, meetingOn);
    } else {
      candidate.informationMeetingMissed();
      log.record(candidate.getId(), RecruitmentEventType.INFORMATION_MEETING_MISSED, meetingOn);
    }
    task.setVariable(RecruitmentProcess.MEETING_ATTENDED, attended);
    candidates.refreshSummary(task, candidate);
  }
}

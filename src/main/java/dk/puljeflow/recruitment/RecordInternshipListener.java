package dk.puljeflow.recruitment;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.TaskForms;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Record internship placement": where and when the candidate does this internship period. */
@Component
class RecordInternshipListener implements TaskListener {

  private final Candidates candidates;
  private final InternshipPlacementRepository placements;
  private final RecruitmentLog log;

  RecordInternshipListener(Candidates candidates, InternshipPlacementRepository placements, RecruitmentLog log) {
    this.candidates = candidates;
    this.placements = placements;
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    int period = InternshipPeriodListener.period(task);
    String workplace = TaskForms.requiredText(task, "internshipWorkplace", "The internship workplace", 200);
    LocalDate start = RecruitmentForms.requiredDate(task, "internshipStart", "The internship's first day");
    LocalDate end = RecruitmentForms.requiredDate(task, "internshipEnd", "The internship's last day");
    if (end.isBefore(start)) {
      throw TaskForms.refuse("internshipEnd", "The internship's last day must not be before its first day");
    }
    Candidate candidate = candidates.of(task);
    placements.save(new InternshipPlacement(candidate.getId(), period, workplace, start, end, EngineTime.now(), log.currentUser()));
    log.record(candidate.getId(), RecruitmentEventType.INTERNSHIP_RECORDED, "period " + period + ": " + workplace);
    RecruitmentForms.consume(task, "internshipWorkplace", "internshipStart", "internshipEnd");
  }
}

package dk.puljeflow.recruitment;

import dk.puljeflow.application.TaskForms;
import dk.puljeflow.EngineTime;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Offer job under the job guarantee": the offered job, and whether the graduate took it. */
@Component
class OfferJobListener implements TaskListener {

  enum Answer { ACCEPTED, DECLINED }

  private final Candidates candidates;
  private final RecruitmentLog log;

  OfferJobListener(Candidates candidates, RecruitmentLog log) {
    this.candidates = candidates;
    this.log = log;
  }

  @Override
  public void notify(DelegateTask task) {
    String workplace = TaskForms.requiredText(task, "jobOfferWorkplace", "The workplace offered", 200);
    var start = RecruitmentForms.requiredDate(task, "jobOfferStart", "The job's first day");
    boolean accepted = TaskForms.requiredChoice(task, "jobOfferAnswer", "The answer", Answer.class) == Answer.ACCEPTED;
    Candidate candidate = candidates.of(task);
    candidate.jobOffered(workplace, start, accepted, EngineTime.now());
    log.record(candidate.getId(),
        accepted ? RecruitmentEventType.JOB_OFFER_ACCEPTED : RecruitmentEventType.JOB_OFFER_DECLINED, workplace);
    RecruitmentForms.consume(task, "jobOfferWorkplace", "jobOfferStart", "jobOfferAnswer");
    task.setVariable(RecruitmentProcess.JOB_OFFER_ACCEPTED, accepted);
    candidates.refreshSummary(task, candidate);
  }
}

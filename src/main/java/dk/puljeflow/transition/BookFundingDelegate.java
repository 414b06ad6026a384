package dk.puljeflow.transition;

import dk.puljeflow.application.CaseLog;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Book funding to the supplier": the amount the person's need level brings goes to their supplier in the project. */
@Component
class BookFundingDelegate implements JavaDelegate {

  private final TransitionProjects projects;
  private final ProjectFunding funding;
  private final CaseLog caseLog;

  BookFundingDelegate(TransitionProjects projects, ProjectFunding funding, CaseLog caseLog) {
    this.projects = projects;
    this.funding = funding;
    this.caseLog = caseLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Participant participant = projects.of(execution);
    BigDecimal amountOfNeedLevel = new BigDecimal(execution.getVariable(TransitionProcess.FUNDING_AMOUNT).toString());
    BigDecimal booked = funding.bookFunding(participant, amountOfNeedLevel);
    caseLog.record(participant.getApplicationId(), "FUNDING_BOOKED", participant.getParticipantNumber() + ": "
        + booked.toPlainString() + " to " + participant.getSupplierId()
        + (booked.compareTo(amountOfNeedLevel) < 0 ? " (grant used up; " + amountOfNeedLevel.toPlainString() + " due)" : ""));
    execution.removeVariable(TransitionProcess.FUNDING_AMOUNT);
    projects.refreshSummary(execution, participant);
  }
}

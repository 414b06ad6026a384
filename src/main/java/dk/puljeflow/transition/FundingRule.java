package dk.puljeflow.transition;

import java.math.BigDecimal;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * The amount per person of each need level, read from the deployed decision table, so the application's
 * funding frame follows the same rule as the process (no second copy of the amounts in Java).
 */
@Component
class FundingRule {

  private final DecisionService decisions;

  FundingRule(DecisionService decisions) {
    this.decisions = decisions;
  }

  BigDecimal amountFor(NeedLevel level) {
    Object amount = decisions.evaluateDecisionByKey(TransitionProcess.FUNDING_DECISION)
        .variables(Map.of(TransitionProcess.NEED_LEVEL, level.name()))
        .evaluate()
        .getSingleResult()
        .getSingleEntry();
    return new BigDecimal(amount.toString());
  }

  /** The most a project of this many persons can need: everybody at the highest need level. */
  BigDecimal frameFor(int persons) {
    return amountFor(NeedLevel.HIGH).multiply(BigDecimal.valueOf(persons));
  }
}

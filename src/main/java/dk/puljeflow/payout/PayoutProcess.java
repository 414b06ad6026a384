package dk.puljeflow.payout;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Variables of payout.bpmn that code refers to. */
final class PayoutProcess {

  static final String KEY = "payout";
  static final String STAGE = "payoutStage";
  static final String FINAL_STAGE = "finalStage";
  static final String REPORTED_COSTS = "reportedCosts";
  static final String USED_HOURS = "usedHours";
  static final String APPROVED_AMOUNT = "approvedAmount";

  private PayoutProcess() {}

  /** The call activity passes the stage as an expression result, which the engine makes a Long. */
  static int stage(VariableScope scope) {
    return ((Number) scope.getVariable(STAGE)).intValue();
  }
}

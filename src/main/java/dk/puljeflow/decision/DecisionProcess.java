package dk.puljeflow.decision;

/** Ids and variables of decision.bpmn that code refers to. */
public final class DecisionProcess {

  public static final String KEY = "decision";
  public static final String ASSESS_TASK = "AssessApplication";
  public static final String DUE_AT = "decisionDueAt";
  public static final String ESCALATION_AT = "escalationAt";
  public static final String DECISION = "decision";
  public static final String GRANTED_AMOUNT = "grantedAmount";
  public static final String GRANTED_HOURS = "grantedHours";
  public static final String REASON = "decisionReason";
  public static final String DECIDED_AT = "decidedAt";

  public static final String APPROVED = "APPROVED";
  public static final String REJECTED = "REJECTED";
  public static final String MORE_INFO = "MORE_INFO";

  private DecisionProcess() {}
}

package dk.puljeflow.application;

import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the process variables every stage shares. Variables hold ids, routing values and the few
 * display facts Tasklist shows; everything else lives in the application's tables.
 */
public final class ProcessVariables {

  public static final String APPLICATION_ID = "applicationId";
  public static final String APPLICATION_NUMBER = "applicationNumber";
  public static final String POOL_NAME = "poolName";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String CASEWORKER_GROUP = "caseworkerGroup";
  public static final String USES_CONTRACT = "usesContract";
  public static final String USES_MIDWAY_MEETING = "usesMidwayMeeting";
  public static final String USES_FINAL_EVALUATION = "usesFinalEvaluation";
  public static final String PAYOUT_STAGES = "payoutStages";
  public static final String ELIGIBILITY_DECISION = "eligibilityDecision";
  /** The application's key facts in a few Danish lines, shown read-only at the top of every task form. */
  public static final String CASE_SUMMARY = "caseSummary";

  /**
   * Set when a case starts and never changed; their history has no creation detail, see {@link
   * FixedFactsHistory}. The display facts are not among them: a transition or recruitment case rewrites its summary.
   */
  public static final Set<String> FIXED_FACTS = Set.of(APPLICATION_ID, APPLICATION_NUMBER, POOL_NAME, CASEWORKER_GROUP,
      USES_CONTRACT, USES_MIDWAY_MEETING, USES_FINAL_EVALUATION, PAYOUT_STAGES, ELIGIBILITY_DECISION);

  private ProcessVariables() {}

  public static Long applicationId(VariableScope scope) {
    Object id = scope.getVariable(APPLICATION_ID);
    if (id == null) {
      throw new IllegalStateException("Process variable " + APPLICATION_ID + " is missing");
    }
    return ((Number) id).longValue();
  }
}

package dk.puljeflow.application;

import java.util.Map;

/** Ids in grant-application.bpmn that code refers to. */
public final class GrantProcess {

  public static final String KEY = "grantApplication";
  public static final String WITHDRAWAL_MESSAGE = "applicationWithdrawn";
  public static final String POOL_EXHAUSTED_ERROR = "POOL_EXHAUSTED";

  /** The call activities of the main process, by the stage each one is. */
  static final Map<String, String> STAGE_OF_ACTIVITY = Map.of(
      "CollectSignatures", "SIGNATURE",
      "Decide", "DECISION",
      "SignContract", "CONTRACT",
      "HoldMidwayMeeting", "MIDWAY_MEETING",
      "FirstPayout", "PAYOUT",
      "SecondPayout", "PAYOUT",
      "EvaluateProject", "FINAL_EVALUATION");

  private GrantProcess() {}
}

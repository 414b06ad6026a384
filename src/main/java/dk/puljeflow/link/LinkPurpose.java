package dk.puljeflow.link;

/**
 * What a personal link lets its holder do. Every purpose but {@link #STATUS} completes one user task
 * of the case, named here by its id in the models, and is used up by doing so.
 */
public enum LinkPurpose {
  STATUS(null),
  SIGN_APPLICATION("SignApplication"),
  PROVIDE_INFORMATION("ProvideInformation"),
  SIGN_CONTRACT("SignContractForWorkplace"),
  REPORT_USE("ReportUse"),
  ANSWER_MEETING("AnswerMeetingInvitation"),
  SUBMIT_EVALUATION("SubmitEvaluation");

  private final String taskKey;

  LinkPurpose(String taskKey) {
    this.taskKey = taskKey;
  }

  public String taskKey() {
    return taskKey;
  }

  /** The status link is the applicant's way back to the case and is not used up. */
  public boolean singleUse() {
    return this != STATUS;
  }
}

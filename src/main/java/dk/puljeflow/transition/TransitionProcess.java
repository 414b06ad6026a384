package dk.puljeflow.transition;

/** Ids and variable names of transition-support.bpmn, transition-participant.bpmn and their DMN that code refers to. */
public final class TransitionProcess {

  /** The project: joint application, signatures, decision, grant, one person's support each, settlement. */
  public static final String KEY = "transitionSupport";
  /** One dismissed person: mapping meeting, decision to join, job coach, support until an outcome or the year is over. */
  public static final String PARTICIPANT_KEY = "transitionParticipant";
  /** processes/tsl-funding-per-person.dmn: the amount a person's need level brings. */
  public static final String FUNDING_DECISION = "tslFundingPerPerson";

  /** A coaching meeting was held; correlated to the person's instance with the meeting's facts as transient variables. */
  public static final String COACHING_MEETING_MESSAGE = "tslCoachingMeetingLogged";
  /** Participant and coach applied for training or validation; correlated with the application's id. */
  public static final String TRAINING_MESSAGE = "tslTrainingApplied";
  static final String INSUFFICIENT_FUNDS_ERROR = "INSUFFICIENT_FUNDS";

  public static final String PARTICIPANT_ID = "participantId";
  // Routing values and due dates the models read.
  static final String SUPPORT_ENDS_AT = "supportEndsAt";
  static final String MAPPING_MEETING_AT = "mappingMeetingAt";
  static final String MEETING_HELD = "mappingMeetingHeld";
  static final String JOINS = "joins";
  static final String NEED_LEVEL = "needLevel";
  static final String FUNDING_AMOUNT = "fundingAmount";
  static final String TRAINING_ID = "trainingApplicationId";
  static final String TRAINING_APPROVED = "trainingApproved";

  // Task-local values the forms show.
  static final String SUPPLIER_OPTIONS = "supplierOptions";
  static final String TRAINING_SUMMARY = "trainingSummary";

  // The coaching meeting's facts, handed to "Record coaching meeting" as transient variables.
  static final String MEETING_ON = "coachingMeetingOn";
  static final String MEETING_TYPE = "coachingMeetingType";
  static final String MEETING_NOTE = "coachingMeetingNote";
  static final String MEETING_RECORDED_BY = "coachingMeetingRecordedBy";

  private TransitionProcess() {}
}

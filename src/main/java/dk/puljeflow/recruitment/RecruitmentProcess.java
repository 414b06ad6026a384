package dk.puljeflow.recruitment;

/** Ids and variable names of welfare-recruitment.bpmn that code refers to. */
public final class RecruitmentProcess {

  public static final String KEY = "welfareRecruitment";
  /** Correlated with the variables {@link #DROP_OUT_REASON} (required) and {@link #DROP_OUT_REPORTED_BY}. */
  public static final String DROP_OUT_MESSAGE = "candidateDroppedOut";

  public static final String CANDIDATE_ID = "candidateId";
  static final String DROP_OUT_REASON = "dropOutReason";
  static final String DROP_OUT_REPORTED_BY = "dropOutReportedBy";

  // Routing values and due dates the model reads.
  static final String MEETING_ATTENDED = "meetingAttended";
  static final String INFORMATION_MEETING_AT = "informationMeetingAt";
  static final String PRE_COURSE_ENDS_AT = "preCourseEndsAt";
  static final String BASIC_COURSE_STARTS_AT = "basicCourseStartsAt";
  static final String HIRED = "hired";
  static final String APPRENTICE_PAY = "apprenticePay";
  static final String AGE_AT_BASIC_COURSE_START = "ageAtBasicCourseStart";
  static final String INTERNSHIP_PERIODS = "internshipPeriods";
  static final String JOB_OFFER_ACCEPTED = "jobOfferAccepted";

  // Task-local values the forms show.
  static final String INTAKE_OPTIONS = "intakeOptions";
  static final String INTERNSHIP_PERIOD = "internshipPeriod";

  private RecruitmentProcess() {}
}

package dk.puljeflow.recruitment;

/** The stage events of the recruitment event log, in the order a candidate can meet them. */
public enum RecruitmentEventType {
  REFERRED,
  INFORMATION_MEETING_BOOKED,
  INFORMATION_MEETING_ATTENDED,
  INFORMATION_MEETING_MISSED,
  PRE_COURSE_AGREED,
  PRE_COURSE_COMPLETED,
  APPLIED,
  HIRED,
  NOT_HIRED,
  EMPLOYMENT_TERMS_SET,
  EMPLOYED,
  SUPPORT_ASSIGNED,
  INTERNSHIP_RECORDED,
  GRADUATED,
  JOB_OFFER_ACCEPTED,
  JOB_OFFER_DECLINED,
  DROPPED_OUT,
  /** The candidate's personal data were anonymised after their path ended (privacy package). */
  ANONYMISED
}

package dk.puljeflow.recruitment;

/** Where a candidate stands. The last four end the candidate's process. */
public enum CandidateStatus {
  REFERRED("Henvist", false),
  INFORMATION_MEETING_BOOKED("Tilmeldt informationsmøde", false),
  INFORMATION_MEETING_ATTENDED("Deltaget i informationsmøde", false),
  IN_PRE_COURSE("I for-forløb", false),
  PRE_COURSE_COMPLETED("For-forløb gennemført", false),
  APPLIED("Søgt optagelse", false),
  HIRED("Ansat, venter på grundforløbet", false),
  IN_EDUCATION("Ansat og i uddannelse", false),
  GRADUATED("Uddannet", false),
  EMPLOYED("Ansat som velfærdsmedarbejder", true),
  NOT_HIRED("Ikke ansat efter samtale", true),
  JOB_OFFER_DECLINED("Takket nej til jobtilbud", true),
  DROPPED_OUT("Faldet fra", true);

  private final String danish;
  private final boolean isFinal;

  CandidateStatus(String danish, boolean isFinal) {
    this.danish = danish;
    this.isFinal = isFinal;
  }

  public String danish() {
    return danish;
  }

  public boolean isFinal() {
    return isFinal;
  }
}

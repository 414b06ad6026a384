package dk.puljeflow.bench;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.SchemeDetails;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The kl-ds-mentor application of the process tests (ProcessTest.request(MENTOR)). */
final class MentorApplication {

  static final String POOL = "kl-ds-mentor";

  private MentorApplication() {}

  static LocalDate projectStart(LocalDate today) {
    return today.plusDays(30);
  }

  static LocalDate projectEnd(LocalDate today) {
    return today.plusDays(270);
  }

  static ApplicationRequest request() {
    return request(EngineTime.today());
  }

  static ApplicationRequest request(LocalDate today) {
    return new ApplicationRequest(POOL, "Mette Mentor", "mette@kommune.dk", null, "Jobcenter Vest",
        "Niels Nærmeste", "niels@kommune.dk", "nearestmanager", "Tina Tillid", "tina@dsr.dk", "unionrep",
        "Mentorordning for to nyuddannede socialrådgivere", new BigDecimal("40000"), 74, 20,
        projectStart(today), projectEnd(today), null,
        new SchemeDetails(null, null, null, null, 2, true, "Mette Mentor", "Leder, tillidsrepræsentant og to socialrådgivere",
            null, null, null));
  }
}

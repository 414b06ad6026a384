package dk.puljeflow.recruitment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The candidate's key facts as the few Danish lines every recruitment task form shows above its inputs. */
final class CandidateSummary {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

  private CandidateSummary() {}

  static String of(Candidate candidate, Intake intake) {
    StringBuilder summary = new StringBuilder()
        .append("Henvist af: ").append(candidate.getJobCentre()).append("  \n")
        .append("Status: ").append(candidate.getStatus().danish());
    if (candidate.getInformationMeetingOn() != null) {
      line(summary, "Informationsmøde", date(candidate.getInformationMeetingOn()));
    }
    if (candidate.getEducation() != null) {
      line(summary, "Uddannelse", candidate.getEducation().title() + " (" + candidate.getEducation() + ")");
      line(summary, "For-forløb", date(candidate.getPreCourseStart()) + " – " + date(candidate.getPreCourseEnd()));
    }
    if (intake != null) {
      line(summary, "Optag", intake.label());
    }
    if (candidate.getPayScale() != null) {
      line(summary, "Ansat fra", date(candidate.getEmploymentStart()) + ", " + candidate.getPayScale().danish().toLowerCase(Locale.ROOT));
    }
    return summary.toString();
  }

  private static void line(StringBuilder summary, String label, String value) {
    summary.append("  \n").append(label).append(": ").append(value);
  }

  private static String date(LocalDate day) {
    return DATE.format(day);
  }
}

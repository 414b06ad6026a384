package dk.puljeflow.recruitment;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One intake: a class of one education that starts its basic course (grundforløb) on one day. */
@Entity
@Table(name = "recruitment_intake")
public class Intake {

  private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

  @Id
  private String id;
  @Enumerated(EnumType.STRING)
  private Education education;
  private LocalDate basicCourseStart;

  protected Intake() {}

  Intake(String id, Education education, LocalDate basicCourseStart) {
    this.id = id;
    this.education = education;
    this.basicCourseStart = basicCourseStart;
  }

  /** "SSA – grundforløb 28. maj 2020": how Tasklist and the progress page name the intake. */
  public String label() {
    return education + " – grundforløb " + DANISH_DATE.format(basicCourseStart);
  }

  public String getId() { return id; }
  public Education getEducation() { return education; }
  public LocalDate getBasicCourseStart() { return basicCourseStart; }
}

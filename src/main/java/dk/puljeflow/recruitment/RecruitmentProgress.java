package dk.puljeflow.recruitment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hires towards the programme's target: a hire is a candidate the hiring interview took on. Hires count
 * towards the target when their intake's basic course starts in the programme's years; a hire who later
 * drops out still counts as a hire and is shown beside it.
 */
@Component
public class RecruitmentProgress {

  private final CandidateRepository candidates;
  private final IntakeRepository intakes;
  private final RecruitmentProperties properties;

  RecruitmentProgress(CandidateRepository candidates, IntakeRepository intakes, RecruitmentProperties properties) {
    this.candidates = candidates;
    this.intakes = intakes;
    this.properties = properties;
  }

  /** GET /api/recruitment/progress and the managers' page. */
  public record Progress(
      String programme, int target, int firstYear, int lastYear,
      long hired, long remaining, BigDecimal percentOfTarget,
      Map<Education, Long> hiredByEducation,
      Map<Integer, Long> hiredByYear,
      long droppedOutAfterHire, long graduated, long employedAfterGraduation,
      List<IntakeProgress> intakes,
      List<StatusCount> candidatesByStatus) {}

  /** One intake; {@code countsTowardsTarget} is false for intakes outside the programme's years. */
  public record IntakeProgress(String intakeId, String label, Education education, LocalDate basicCourseStart,
      long hired, long droppedOutAfterHire, long graduated, long employedAfterGraduation, boolean countsTowardsTarget) {}

  public record StatusCount(CandidateStatus status, String label, long candidates) {}

  @Transactional(readOnly = true)
  public Progress now() {
    Map<String, long[]> byIntake = new HashMap<>();
    for (Object[] row : candidates.hiresByIntake()) {
      byIntake.put((String) row[0], new long[] {count(row[1]), count(row[2]), count(row[3]), count(row[4])});
    }
    Map<Education, Long> byEducation = new EnumMap<>(Education.class);
    for (Education education : Education.values()) {
      byEducation.put(education, 0L);
    }
    Map<Integer, Long> byYear = new TreeMap<>();
    for (int year = properties.firstYear(); year <= properties.lastYear(); year++) {
      byYear.put(year, 0L);
    }
    long hired = 0, droppedOut = 0, graduated = 0, employed = 0;
    List<IntakeProgress> intakeRows = new ArrayList<>();
    for (Intake intake : intakes.findAllByOrderByBasicCourseStartAscIdAsc()) {
      long[] counts = byIntake.getOrDefault(intake.getId(), new long[4]);
      int year = intake.getBasicCourseStart().getYear();
      boolean inTargetYears = year >= properties.firstYear() && year <= properties.lastYear();
      intakeRows.add(new IntakeProgress(intake.getId(), intake.label(), intake.getEducation(), intake.getBasicCourseStart(),
          counts[0], counts[1], counts[2], counts[3], inTargetYears));
      if (inTargetYears) {
        hired += counts[0];
        droppedOut += counts[1];
        graduated += counts[2];
        employed += counts[3];
        byEducation.merge(intake.getEducation(), counts[0], Long::sum);
        byYear.merge(year, counts[0], Long::sum);
      }
    }
    Map<CandidateStatus, Long> statusCounts = new EnumMap<>(CandidateStatus.class);
    for (Object[] row : candidates.countByStatus()) {
      statusCounts.put((CandidateStatus) row[0], count(row[1]));
    }
    List<StatusCount> byStatus = Arrays.stream(CandidateStatus.values())
        .map(status -> new StatusCount(status, status.danish(), statusCounts.getOrDefault(status, 0L)))
        .toList();
    BigDecimal percent = properties.target() == 0 ? BigDecimal.ZERO
        : BigDecimal.valueOf(hired * 100).divide(BigDecimal.valueOf(properties.target()), 1, RoundingMode.HALF_UP);
    return new Progress(properties.programme(), properties.target(), properties.firstYear(), properties.lastYear(),
        hired, Math.max(0, properties.target() - hired), percent, byEducation, byYear, droppedOut, graduated, employed,
        intakeRows, byStatus);
  }

  private static long count(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }
}

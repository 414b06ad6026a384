package dk.puljeflow.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.puljeflow.recruitment.RecruitmentProgress;
import dk.puljeflow.recruitment.RecruitmentProgress.Progress;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Fra ledig til velfærdsmedarbejder" towards its target: the recruitment progress page's own figures
 * ({@link RecruitmentProgress}), flattened to one row per figure for the CSV. The target covers the
 * programme's years, so the report's pool and period do not apply to it.
 */
@Component
public class RecruitmentReport {

  /** One figure: its group (total, education, year, intake, status), key, Danish label and value. */
  @JsonPropertyOrder({"section", "key", "label", "value"})
  public record Row(String section, String key, String label, BigDecimal value) {}

  private final RecruitmentProgress progress;

  RecruitmentReport(RecruitmentProgress progress) {
    this.progress = progress;
  }

  public Progress progress() {
    return progress.now();
  }

  public List<Row> rows(Progress progress) {
    List<Row> rows = new ArrayList<>();
    rows.add(row("total", "target", "Mål: ansættelser", progress.target()));
    rows.add(row("total", "hired", "Ansat", progress.hired()));
    rows.add(row("total", "remaining", "Mangler", progress.remaining()));
    rows.add(new Row("total", "percentOfTarget", "Procent af målet", progress.percentOfTarget()));
    rows.add(row("total", "droppedOutAfterHire", "Senere faldet fra", progress.droppedOutAfterHire()));
    rows.add(row("total", "graduated", "Uddannet", progress.graduated()));
    rows.add(row("total", "employedAfterGraduation", "Ansat efter uddannelse (jobgaranti)", progress.employedAfterGraduation()));
    progress.hiredByEducation().forEach((education, hired) -> rows.add(row("education", education.name(), education.title(), hired)));
    progress.hiredByYear().forEach((year, hired) -> rows.add(row("year", String.valueOf(year), String.valueOf(year), hired)));
    progress.intakes().stream().filter(RecruitmentProgress.IntakeProgress::countsTowardsTarget)
        .forEach(intake -> rows.add(row("intake", intake.intakeId(), intake.label(), intake.hired())));
    progress.candidatesByStatus().forEach(status -> rows.add(row("status", status.status().name(), status.label(), status.candidates())));
    return rows;
  }

  private static Row row(String section, String key, String label, long value) {
    return new Row(section, key, label, BigDecimal.valueOf(value));
  }
}

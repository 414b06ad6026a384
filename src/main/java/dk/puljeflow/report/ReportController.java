package dk.puljeflow.report;

import dk.puljeflow.recruitment.RecruitmentProgress.Progress;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reports for managers as JSON ({@code {"filter": …, "rows": […]}}) and as CSV (the same rows), all
 * with the same filter: {@code pool} (a pool id; all pools without it), {@code from} and {@code to}
 * (ISO dates, both included; the last twelve months without them).
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  private final ReportScope scope;
  private final DecisionDeadlineReport deadlines;
  private final PoolUseReport poolUse;
  private final FunnelReport funnel;
  private final StageTimeReport stageTimes;
  private final RecruitmentReport recruitment;

  ReportController(ReportScope scope, DecisionDeadlineReport deadlines, PoolUseReport poolUse, FunnelReport funnel,
      StageTimeReport stageTimes, RecruitmentReport recruitment) {
    this.scope = scope;
    this.deadlines = deadlines;
    this.poolUse = poolUse;
    this.funnel = funnel;
    this.stageTimes = stageTimes;
    this.recruitment = recruitment;
  }

  @GetMapping("/decision-deadlines")
  Report<DecisionDeadlineReport.MonthRow> decisionDeadlines(@RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return report(pool, from, to, deadlines::months);
  }

  @GetMapping("/decision-deadlines.csv")
  ResponseEntity<String> decisionDeadlinesCsv(@RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    Report<DecisionDeadlineReport.MonthRow> report = decisionDeadlines(pool, from, to);
    return ReportCsv.download("decision-deadlines", report.filter(), DecisionDeadlineReport.MonthRow.class, report.rows());
  }

  @GetMapping("/decision-breaches")
  Report<DecisionDeadlineReport.Breach> decisionBreaches(@RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return report(pool, from, to, deadlines::breaches);
  }

  @GetMapping("/decision-breaches.csv")
  ResponseEntity<String> decisionBreachesCsv(@RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    Report<DecisionDeadlineReport.Breach> report = decisionBreaches(pool, from, to);
    return ReportCsv.download("decision-breaches", report.filter(), DecisionDeadlineReport.Breach.class, report.rows());
  }

  @GetMapping("/pool-use")
  Report<PoolUseReport.MonthRow> poolUse(@RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return report(pool, from, to, poolUse::months);
  }

  @GetMapping("/pool-use.csv")
  ResponseEntity<String> poolUseCsv(@RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    Report<PoolUseReport.MonthRow> report = poolUse(pool, from, to);
    return ReportCsv.download("pool-use", report.filter(), PoolUseReport.MonthRow.class, report.rows());
  }

  @GetMapping("/funnel")
  Report<FunnelReport.Row> funnel(@RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return report(pool, from, to, funnel::rows);
  }

  @GetMapping("/funnel.csv")
  ResponseEntity<String> funnelCsv(@RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    Report<FunnelReport.Row> report = funnel(pool, from, to);
    return ReportCsv.download("funnel", report.filter(), FunnelReport.Row.class, report.rows());
  }

  @GetMapping("/stage-times")
  Report<StageTimeReport.Row> stageTimes(@RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return report(pool, from, to, stageTimes::rows);
  }

  @GetMapping("/stage-times.csv")
  ResponseEntity<String> stageTimesCsv(@RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    Report<StageTimeReport.Row> report = stageTimes(pool, from, to);
    return ReportCsv.download("stage-times", report.filter(), StageTimeReport.Row.class, report.rows());
  }

  /** The recruitment progress towards the target, as on /recruitment/progress; pool and period do not apply. */
  @GetMapping("/recruitment")
  Progress recruitment() {
    return recruitment.progress();
  }

  @GetMapping("/recruitment.csv")
  ResponseEntity<String> recruitmentCsv() {
    return ResponseEntity.ok()
        .contentType(ReportCsv.TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("recruitment.csv").build().toString())
        .body(ReportCsv.write(RecruitmentReport.Row.class, recruitment.rows(recruitment.progress())));
  }

  private <T> Report<T> report(String pool, LocalDate from, LocalDate to, Function<ReportFilter, List<T>> rows) {
    ReportFilter filter = scope.filter(pool, from, to);
    return new Report<>(filter, rows.apply(filter));
  }
}

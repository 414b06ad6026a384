package dk.puljeflow.report;

import dk.puljeflow.recruitment.RecruitmentProgress.Progress;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The reports for managers as JSON ({@code {"filter": …, "rows": […]}}) and as CSV (the same rows), all
 * with the same filter: {@code pool} (a pool id; all pools without it), {@code from} and {@code to}
 * (ISO dates, both included; the last twelve months without them). The report is named by the path.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  /** A filtered report: the type of its rows (for the CSV header) and how to compute them. */
  private record Filtered<T>(Class<T> rowType, Function<ReportFilter, List<T>> rows) {

    Report<T> compute(ReportFilter filter) {
      return new Report<>(filter, rows.apply(filter));
    }

    ResponseEntity<String> csv(String name, ReportFilter filter) {
      return ReportCsv.download(name, filter, rowType, rows.apply(filter));
    }
  }

  private final ReportScope scope;
  private final RecruitmentReport recruitment;
  private final Map<String, Filtered<?>> filtered;

  ReportController(ReportScope scope, DecisionDeadlineReport deadlines, PoolUseReport poolUse, FunnelReport funnel,
      StageTimeReport stageTimes, RecruitmentReport recruitment) {
    this.scope = scope;
    this.recruitment = recruitment;
    this.filtered = Map.of(
        "decision-deadlines", new Filtered<>(DecisionDeadlineReport.MonthRow.class, deadlines::months),
        "decision-breaches", new Filtered<>(DecisionDeadlineReport.Breach.class, deadlines::breaches),
        "pool-use", new Filtered<>(PoolUseReport.MonthRow.class, poolUse::months),
        "funnel", new Filtered<>(FunnelReport.Row.class, funnel::rows),
        "stage-times", new Filtered<>(StageTimeReport.Row.class, stageTimes::rows));
  }

  @GetMapping({"/decision-deadlines", "/decision-breaches", "/pool-use", "/funnel", "/stage-times"})
  Report<?> report(HttpServletRequest request, @RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return filtered.get(name(request)).compute(scope.filter(pool, from, to));
  }

  @GetMapping({"/decision-deadlines.csv", "/decision-breaches.csv", "/pool-use.csv", "/funnel.csv", "/stage-times.csv"})
  ResponseEntity<String> csv(HttpServletRequest request, @RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    String name = name(request);
    return filtered.get(name).csv(name, scope.filter(pool, from, to));
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

  /** The report the matched path names: "/api/reports/pool-use.csv" is "pool-use". */
  private static String name(HttpServletRequest request) {
    String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
    String last = pattern.substring(pattern.lastIndexOf('/') + 1);
    return last.endsWith(".csv") ? last.substring(0, last.length() - ".csv".length()) : last;
  }
}

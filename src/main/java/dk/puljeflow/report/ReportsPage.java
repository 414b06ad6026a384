package dk.puljeflow.report;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * /reports: every report on one page for managers, with a chart per pool, the figures in tables and a
 * CSV download of each with the same filter.
 */
@Controller
class ReportsPage {

  private final ReportScope scope;
  private final DecisionDeadlineReport deadlines;
  private final PoolUseReport poolUse;
  private final FunnelReport funnel;
  private final StageTimeReport stageTimes;
  private final RecruitmentReport recruitment;

  ReportsPage(ReportScope scope, DecisionDeadlineReport deadlines, PoolUseReport poolUse, FunnelReport funnel,
      StageTimeReport stageTimes, RecruitmentReport recruitment) {
    this.scope = scope;
    this.deadlines = deadlines;
    this.poolUse = poolUse;
    this.funnel = funnel;
    this.stageTimes = stageTimes;
    this.recruitment = recruitment;
  }

  @GetMapping("/reports")
  String reports(@RequestParam(required = false) String pool,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      Model model, HttpServletResponse response) {
    model.addAttribute("pools", scope.allPools());
    ReportFilter filter;
    try {
      filter = scope.filter(pool, from, to);
    } catch (InvalidReportFilterException invalid) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("errors", invalid.errors());
      model.addAttribute("filter", new ReportFilter(pool, from, to));
      return "reports";
    }
    model.addAttribute("filter", filter);
    model.addAttribute("csvQuery", UriComponentsBuilder.newInstance()
        .queryParamIfPresent("pool", Optional.ofNullable(filter.pool()))
        .queryParam("from", filter.from()).queryParam("to", filter.to())
        .encode().build().toUriString());
    model.addAttribute("monthNames", filter.months().stream()
        .collect(Collectors.toMap(Function.identity(), ReportCharts::month)));

    var deadlineRows = deadlines.months(filter);
    model.addAttribute("deadlines", deadlineRows);
    model.addAttribute("deadlineCharts", ReportCharts.deadlines(deadlineRows));
    model.addAttribute("breaches", deadlines.breaches(filter));
    var poolUseRows = poolUse.months(filter);
    model.addAttribute("poolUse", poolUseRows);
    model.addAttribute("poolUseCharts", ReportCharts.poolUse(poolUseRows));
    var funnelRows = funnel.rows(filter);
    model.addAttribute("funnel", funnelRows);
    model.addAttribute("funnelCharts", ReportCharts.funnel(funnelRows));
    var stageRows = stageTimes.rows(filter);
    model.addAttribute("stageTimes", stageRows);
    model.addAttribute("stageCharts", ReportCharts.stageTimes(stageRows));
    var progress = recruitment.progress();
    model.addAttribute("recruitment", progress);
    model.addAttribute("recruitmentTargetChart", ReportCharts.recruitmentTarget(progress));
    model.addAttribute("recruitmentYearChart", ReportCharts.recruitmentByYear(progress));
    return "reports";
  }
}

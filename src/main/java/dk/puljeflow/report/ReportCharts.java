package dk.puljeflow.report;

import dk.puljeflow.recruitment.RecruitmentProgress.Progress;
import dk.puljeflow.report.SvgCharts.Bar;
import dk.puljeflow.report.SvgCharts.Column;
import dk.puljeflow.report.SvgCharts.Range;
import dk.puljeflow.report.SvgCharts.Series;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The reports' rows drawn as the page's charts, one chart per pool. */
final class ReportCharts {

  /** One pool's chart. */
  record Chart(String poolId, String poolName, String svg) {}

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.forLanguageTag("da-DK"));
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ReportCharts() {}

  static String month(YearMonth month) {
    return MONTH.format(month);
  }

  static List<Chart> deadlines(List<DecisionDeadlineReport.MonthRow> rows) {
    return perPool(rows, DecisionDeadlineReport.MonthRow::poolId, DecisionDeadlineReport.MonthRow::poolName, poolRows ->
        SvgCharts.columns("Afgjort inden fristen, andel pr. måned for fuld underskrift – " + poolRows.get(0).poolName(),
            poolRows.stream().map(row -> new Column(month(row.month()), row.onTimePercent())).toList(), HUNDRED, " %",
            SvgCharts.GREEN));
  }

  static List<Chart> poolUse(List<PoolUseReport.MonthRow> rows) {
    return perPool(rows, PoolUseReport.MonthRow::poolId, PoolUseReport.MonthRow::poolName, poolRows ->
        SvgCharts.lines("Puljens penge ved hver måneds udgang – " + poolRows.get(0).poolName(),
            poolRows.stream().map(row -> month(row.month())).toList(),
            List.of(new Series("Disponibelt", SvgCharts.GREEN, poolRows.stream().map(PoolUseReport.MonthRow::available).toList()),
                new Series("Reserveret", SvgCharts.ORANGE, poolRows.stream().map(PoolUseReport.MonthRow::reserved).toList()),
                new Series("Udbetalt", SvgCharts.BLUE, poolRows.stream().map(PoolUseReport.MonthRow::paid).toList()))));
  }

  static List<Chart> funnel(List<FunnelReport.Row> rows) {
    return perPool(rows, FunnelReport.Row::poolId, FunnelReport.Row::poolName, poolRows -> {
      FunnelReport.Row row = poolRows.get(0);
      List<Bar> bars = new ArrayList<>();
      bars.add(bar("Startet", row.started(), SvgCharts.BLUE));
      bars.add(bar("Fuldt underskrevet", row.fullySigned(), SvgCharts.BLUE));
      bars.add(bar("Bevilget", row.approved(), SvgCharts.BLUE));
      bars.add(bar("Udbetalt", row.paid(), SvgCharts.BLUE));
      if (row.evaluated() != null) {
        bars.add(bar("Evalueret", row.evaluated(), SvgCharts.BLUE));
      }
      bars.add(bar("Lukket", row.closed(), SvgCharts.GREEN));
      bars.add(bar("Bortfaldet", row.lapsed(), SvgCharts.GREY));
      bars.add(bar("Afvist af underskriver", row.declined(), SvgCharts.GREY));
      bars.add(bar("Afslået", row.rejected(), SvgCharts.ORANGE));
      bars.add(bar("Trukket tilbage", row.withdrawn(), SvgCharts.GREY));
      bars.add(bar("I gang", row.inProgress(), SvgCharts.LIGHT_BLUE));
      return SvgCharts.bars("Ansøgninger modtaget i perioden, og hvor langt de nåede – " + row.poolName(), bars,
          BigDecimal.valueOf(Math.max(1, row.started())));
    });
  }

  static List<Chart> stageTimes(List<StageTimeReport.Row> rows) {
    return perPool(rows, StageTimeReport.Row::poolId, StageTimeReport.Row::poolName, poolRows ->
        SvgCharts.ranges("Dage i hver fase: median (mørk) og 90 %-fraktil (lys) – " + poolRows.get(0).poolName(),
            poolRows.stream().map(row -> new Range(row.stage().danish(), row.medianDays(), row.p90Days(),
                row.cases() == 0 ? "ingen sager"
                    : "median " + SvgCharts.number(row.medianDays(), 2) + " d · 90 %: " + SvgCharts.number(row.p90Days(), 2)
                        + " d · " + row.cases() + (row.cases() == 1 ? " sag" : " sager") + (row.bottleneck() ? " · flaskehals" : ""),
                row.bottleneck())).toList()));
  }

  static String recruitmentTarget(Progress progress) {
    return SvgCharts.bars("Ansættelser mod målet på " + progress.target(), List.of(
        new Bar("Ansat", BigDecimal.valueOf(progress.hired()),
            progress.hired() + " af " + progress.target() + " (" + SvgCharts.number(progress.percentOfTarget(), 1) + " %)",
            SvgCharts.GREEN),
        new Bar("Heraf senere faldet fra", BigDecimal.valueOf(progress.droppedOutAfterHire()),
            String.valueOf(progress.droppedOutAfterHire()), SvgCharts.GREY),
        new Bar("Uddannet", BigDecimal.valueOf(progress.graduated()), String.valueOf(progress.graduated()), SvgCharts.BLUE),
        new Bar("Ansat efter uddannelse", BigDecimal.valueOf(progress.employedAfterGraduation()),
            String.valueOf(progress.employedAfterGraduation()), SvgCharts.BLUE)),
        BigDecimal.valueOf(Math.max(1, progress.target())));
  }

  static String recruitmentByYear(Progress progress) {
    List<Column> columns = progress.hiredByYear().entrySet().stream()
        .map(entry -> new Column(String.valueOf(entry.getKey()), BigDecimal.valueOf(entry.getValue()))).toList();
    BigDecimal highest = columns.stream().map(Column::value).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    return SvgCharts.columns("Ansættelser pr. år (grundforløbets start)", columns, SvgCharts.roundUp(highest), "", SvgCharts.GREEN);
  }

  private static Bar bar(String label, long value, String color) {
    return new Bar(label, BigDecimal.valueOf(value), String.valueOf(value), color);
  }

  private static <T> List<Chart> perPool(List<T> rows, Function<T, String> poolId, Function<T, String> poolName,
      Function<List<T>, String> draw) {
    Map<String, List<T>> byPool = new LinkedHashMap<>();
    rows.forEach(row -> byPool.computeIfAbsent(poolId.apply(row), id -> new ArrayList<>()).add(row));
    return byPool.values().stream()
        .map(poolRows -> new Chart(poolId.apply(poolRows.get(0)), poolName.apply(poolRows.get(0)), draw.apply(poolRows)))
        .toList();
  }
}

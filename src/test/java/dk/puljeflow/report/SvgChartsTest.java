package dk.puljeflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import dk.puljeflow.report.SvgCharts.Bar;
import dk.puljeflow.report.SvgCharts.Column;
import dk.puljeflow.report.SvgCharts.Range;
import dk.puljeflow.report.SvgCharts.Series;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's charts: well-formed SVG with escaped texts, bars to scale, round axes, Danish figures. */
class SvgChartsTest {

  @Test
  void textsAreEscaped() {
    String svg = SvgCharts.bars("Pulje <b> & \"co\"", List.of(new Bar("<script>", BigDecimal.ONE, "'1'", SvgCharts.BLUE)),
        BigDecimal.TEN);

    assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").endsWith("</svg>")
        .contains("<title>Pulje &lt;b&gt; &amp; &quot;co&quot;</title>", ">&lt;script&gt;</text>", ">&#39;1&#39;</text>")
        .doesNotContain("<script>", "<b>");
  }

  @Test
  void barsAndColumnsAreDrawnToScale() {
    // 300 px of bar room in a 640 px chart (190 for labels, 150 for the text): a quarter is 75 px.
    assertThat(SvgCharts.bars("t", List.of(new Bar("a", new BigDecimal("25"), "25", SvgCharts.BLUE)), new BigDecimal("100")))
        .contains("<rect x=\"190\" y=\"7\" width=\"75\" height=\"16\" fill=\"#1f5f99\"/>");
    // 146 px of plot height (200 - 18 - 36): half of it is 73; a null value gets no column, only a dash.
    String columns = SvgCharts.columns("t", List.of(new Column("jan.", new BigDecimal("50")), new Column("feb.", null)),
        new BigDecimal("100"), " %", SvgCharts.GREEN);
    assertThat(columns).contains("height=\"73\" fill=\"#2e7d32\"", ">50 %</text>", ">–</text>", ">jan.</text>", ">feb.</text>");
    assertThat(columns.split("fill=\"#2e7d32\"", -1)).hasSize(2);
  }

  @Test
  void linesAndRangesShowEverySeriesAndRow() {
    String lines = SvgCharts.lines("t", List.of("jan.", "feb."), List.of(
        new Series("Disponibelt", SvgCharts.GREEN, List.of(new BigDecimal("120000"), new BigDecimal("80000")))));
    assertThat(lines).contains(">Disponibelt</text>", "<polyline", ">200.000</text>");

    String ranges = SvgCharts.ranges("t", List.of(new Range("Underskrift", BigDecimal.ONE, new BigDecimal("3"), "median 1 d", false),
        new Range("Udbetaling", new BigDecimal("14.5"), new BigDecimal("18.1"), "flaskehals", true),
        new Range("Kontrakt", null, null, "ingen sager", false)));
    assertThat(ranges).contains(">Underskrift</text>", "fill=\"#b3261e\">Udbetaling</text>", ">ingen sager</text>");
  }

  @Test
  void axesEndAtRoundNumbersAndFiguresAreDanish() {
    assertThat(SvgCharts.roundUp(new BigDecimal("120000.00"))).isEqualByComparingTo("200000");
    assertThat(SvgCharts.roundUp(new BigDecimal("18.1"))).isEqualByComparingTo("20");
    assertThat(SvgCharts.roundUp(new BigDecimal("34"))).isEqualByComparingTo("50");
    assertThat(SvgCharts.roundUp(new BigDecimal("0.22"))).isEqualByComparingTo("0.25");
    assertThat(SvgCharts.roundUp(BigDecimal.ZERO)).isEqualByComparingTo("1");
    assertThat(SvgCharts.number(new BigDecimal("104000.00"), 1)).isEqualTo("104.000");
    assertThat(SvgCharts.number(new BigDecimal("66.7"), 1)).isEqualTo("66,7");
    assertThat(SvgCharts.number(new BigDecimal("8.875"), 2)).isEqualTo("8,88");
  }
}

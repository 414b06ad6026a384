package dk.puljeflow.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/**
 * The reports page's charts as inline SVG, drawn on the server: no script, no chart library, nothing
 * fetched from elsewhere. Every chart carries a title for screen readers; the table beside it has the figures.
 */
final class SvgCharts {

  static final String BLUE = "#1f5f99";
  static final String LIGHT_BLUE = "#9cc3e6";
  static final String GREEN = "#2e7d32";
  static final String ORANGE = "#c75000";
  static final String RED = "#b3261e";
  static final String GREY = "#777777";

  private static final int WIDTH = 640;
  private static final Locale DANISH = Locale.forLanguageTag("da-DK");

  private SvgCharts() {}

  /** A column of a column chart; a null value is drawn as "–" without a column. */
  record Column(String label, BigDecimal value) {}

  /** A line of a line chart: one value per x label. */
  record Series(String name, String color, List<BigDecimal> values) {}

  /** A horizontal bar with its label and the text written after it. */
  record Bar(String label, BigDecimal value, String text, String color) {}

  /** A horizontal bar to {@code high} with a darker bar to {@code low} in it: a median inside its 90th percentile. */
  record Range(String label, BigDecimal low, BigDecimal high, String text, boolean highlight) {}

  /** Columns from 0 to {@code max}, each with its value above it ({@code unit} appended). */
  static String columns(String title, List<Column> columns, BigDecimal max, String unit, String color) {
    int left = 44, right = 12, top = 18, bottom = 36, height = 200;
    double plotWidth = WIDTH - left - right, plotHeight = height - top - bottom;
    StringBuilder svg = open(title, WIDTH, height);
    grid(svg, left, top, plotWidth, plotHeight, max, unit);
    double slot = plotWidth / Math.max(1, columns.size());
    int every = Math.max(1, (int) Math.ceil(columns.size() / 12.0));
    for (int i = 0; i < columns.size(); i++) {
      Column column = columns.get(i);
      double x = left + i * slot;
      double centre = x + slot / 2;
      if (column.value() == null) {
        text(svg, centre, top + plotHeight - 4, "middle", GREY, "–");
      } else {
        double barHeight = plotHeight * ratio(column.value(), max);
        double y = top + plotHeight - barHeight;
        svg.append(rect(x + slot * 0.2, y, slot * 0.6, barHeight, color));
        text(svg, centre, y - 4, "middle", "#222", number(column.value(), 1) + unit);
      }
      if (i % every == 0) {
        text(svg, centre, height - bottom + 16, "middle", "#444", column.label());
      }
    }
    return svg.append("</svg>").toString();
  }

  /** Lines over the x labels from 0 to a round maximum, with a legend above. */
  static String lines(String title, List<String> xLabels, List<Series> series) {
    int left = 76, right = 40, top = 30, bottom = 36, height = 240;
    double plotWidth = WIDTH - left - right, plotHeight = height - top - bottom;
    BigDecimal highest = series.stream().flatMap(s -> s.values().stream()).max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
    BigDecimal max = roundUp(highest);
    StringBuilder svg = open(title, WIDTH, height);
    grid(svg, left, top, plotWidth, plotHeight, max, "");
    double step = xLabels.size() > 1 ? plotWidth / (xLabels.size() - 1) : 0;
    int every = Math.max(1, (int) Math.ceil(xLabels.size() / 12.0));
    for (int i = 0; i < xLabels.size(); i += every) {
      text(svg, left + (xLabels.size() > 1 ? i * step : plotWidth / 2), height - bottom + 16, "middle", "#444", xLabels.get(i));
    }
    double legendX = left;
    for (Series line : series) {
      svg.append(rect(legendX, 8, 12, 12, line.color()));
      text(svg, legendX + 16, 18, "start", "#222", line.name());
      legendX += 24 + line.name().length() * 7;
      StringBuilder points = new StringBuilder();
      for (int i = 0; i < line.values().size(); i++) {
        double x = left + (xLabels.size() > 1 ? i * step : plotWidth / 2);
        double y = top + plotHeight * (1 - ratio(line.values().get(i), max));
        points.append(points.isEmpty() ? "" : " ").append(coordinate(x)).append(',').append(coordinate(y));
        svg.append("<circle cx=\"").append(coordinate(x)).append("\" cy=\"").append(coordinate(y))
            .append("\" r=\"3\" fill=\"").append(line.color()).append("\"/>");
      }
      svg.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(line.color()).append("\" points=\"")
          .append(points).append("\"/>");
    }
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars from 0 to {@code max}, one per row. */
  static String bars(String title, List<Bar> bars, BigDecimal max) {
    int label = 190, rowHeight = 24, textRoom = 150;
    int height = bars.size() * rowHeight + 8;
    double plotWidth = WIDTH - label - textRoom;
    StringBuilder svg = open(title, WIDTH, height);
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = 4 + i * rowHeight;
      double width = plotWidth * ratio(bar.value(), max);
      text(svg, label - 8, y + 15, "end", "#222", bar.label());
      svg.append(rect(label, y + 3, Math.max(width, 1), rowHeight - 8, bar.color()));
      text(svg, label + width + 6, y + 15, "start", "#222", bar.text());
    }
    return svg.append("</svg>").toString();
  }

  /** Per row a light bar to {@code high} and a dark one to {@code low}; highlighted rows in red. */
  static String ranges(String title, List<Range> ranges) {
    int label = 190, rowHeight = 26, textRoom = 210;
    int height = ranges.size() * rowHeight + 8;
    double plotWidth = WIDTH - label - textRoom;
    BigDecimal max = roundUp(ranges.stream().map(Range::high).filter(v -> v != null).max(BigDecimal::compareTo)
        .orElse(BigDecimal.ZERO));
    StringBuilder svg = open(title, WIDTH, height);
    for (int i = 0; i < ranges.size(); i++) {
      Range range = ranges.get(i);
      double y = 4 + i * rowHeight;
      text(svg, label - 8, y + 16, "end", range.highlight() ? RED : "#222", range.label());
      double end = 0;
      if (range.high() != null) {
        end = plotWidth * ratio(range.high(), max);
        svg.append(rect(label, y + 4, Math.max(end, 1), rowHeight - 10, range.highlight() ? "#f2b8b5" : LIGHT_BLUE));
        svg.append(rect(label, y + 4, Math.max(plotWidth * ratio(range.low(), max), 1), rowHeight - 10,
            range.highlight() ? RED : BLUE));
      }
      text(svg, label + end + 6, y + 16, "start", range.highlight() ? RED : "#222", range.text());
    }
    return svg.append("</svg>").toString();
  }

  /** Danish figures: 1.234,5. */
  static String number(BigDecimal value, int maxDecimals) {
    DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(DANISH));
    format.setMaximumFractionDigits(maxDecimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** 1, 2, 2.5 or 5 times a power of ten, at least the value: the top of an axis. */
  static BigDecimal roundUp(BigDecimal value) {
    if (value.signum() <= 0) {
      return BigDecimal.ONE;
    }
    BigDecimal power = BigDecimal.ONE.movePointRight(value.precision() - value.scale() - 1);
    for (String factor : new String[] {"1", "2", "2.5", "5", "10"}) {
      BigDecimal candidate = power.multiply(new BigDecimal(factor));
      if (candidate.compareTo(value) >= 0) {
        return candidate.stripTrailingZeros();
      }
    }
    return power.multiply(BigDecimal.TEN);
  }

  private static void grid(StringBuilder svg, int left, int top, double plotWidth, double plotHeight, BigDecimal max, String unit) {
    for (int i = 0; i <= 4; i++) {
      double y = top + plotHeight * (1 - i / 4.0);
      svg.append("<line x1=\"").append(left).append("\" x2=\"").append(coordinate(left + plotWidth)).append("\" y1=\"")
          .append(coordinate(y)).append("\" y2=\"").append(coordinate(y)).append("\" stroke=\"#ddd\"/>");
      BigDecimal tick = max.multiply(BigDecimal.valueOf(i)).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP);
      text(svg, left - 6, y + 4, "end", "#666", number(tick, 1) + unit);
    }
  }

  private static StringBuilder open(String title, int width, int height) {
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" width=\"").append(width)
        .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
        .append("\" font-family=\"sans-serif\" font-size=\"11\"><title>").append(escape(title)).append("</title>");
  }

  private static String rect(double x, double y, double width, double height, String color) {
    return "<rect x=\"" + coordinate(x) + "\" y=\"" + coordinate(y) + "\" width=\"" + coordinate(width) + "\" height=\""
        + coordinate(height) + "\" fill=\"" + color + "\"/>";
  }

  private static void text(StringBuilder svg, double x, double y, String anchor, String color, String text) {
    svg.append("<text x=\"").append(coordinate(x)).append("\" y=\"").append(coordinate(y)).append("\" text-anchor=\"")
        .append(anchor).append("\" fill=\"").append(color).append("\">").append(escape(text)).append("</text>");
  }

  private static double ratio(BigDecimal value, BigDecimal max) {
    if (value == null || max.signum() <= 0) {
      return 0;
    }
    return Math.max(0, Math.min(1, value.doubleValue() / max.doubleValue()));
  }

  private static String coordinate(double value) {
    return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}

package dk.puljeflow.report;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A report's rows as CSV: a header with the JSON field names, then one line per row, the same values as the JSON. */
final class ReportCsv {

  static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private static final CsvMapper CSV = CsvMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      // Quotes only where CSV needs them (a comma, a quote, a line break), not around every name with a space.
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();

  private ReportCsv() {}

  static <T> String write(Class<T> rowType, List<T> rows) {
    try {
      return CSV.writer(CSV.schemaFor(rowType).withHeader()).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A download named after the report and its filter, e.g. {@code pool-use_tryghedspuljen_2026-01-01_2026-12-31.csv}. */
  static <T> ResponseEntity<String> download(String name, ReportFilter filter, Class<T> rowType, List<T> rows) {
    String fileName = name + (filter.pool() == null ? "" : "_" + filter.pool()) + "_" + filter.from() + "_" + filter.to() + ".csv";
    return ResponseEntity.ok()
        .contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .body(write(rowType, rows));
  }
}

package dk.puljeflow.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.puljeflow.EngineTime;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns a notice's facts into what the letter says, in Danish: dates as "7. december 2026", times with
 * "kl.", amounts with Danish separators. Done when the notice is queued, so a letter states the facts
 * as they were, whenever the mail server takes it.
 */
final class NoticeFacts {

  private static final Locale DANISH = Locale.forLanguageTag("da-DK");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", DANISH);
  private static final ObjectMapper JSON = new ObjectMapper();

  private NoticeFacts() {}

  static String toJson(Map<String, Object> facts) {
    Map<String, String> formatted = new LinkedHashMap<>();
    facts.forEach((name, value) -> formatted.put(name, format(value)));
    try {
      return JSON.writeValueAsString(formatted);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Facts cannot be written as JSON: " + facts, e);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, String> fromJson(String json) {
    try {
      return JSON.readValue(json, Map.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Stored facts are not JSON: " + json, e);
    }
  }

  static String format(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Instant instant) {
      return DATE_TIME.format(instant.atZone(EngineTime.ZONE));
    }
    if (value instanceof java.util.Date date) {
      return DATE_TIME.format(date.toInstant().atZone(EngineTime.ZONE));
    }
    if (value instanceof LocalDate date) {
      return DATE.format(date);
    }
    if (value instanceof BigDecimal amount) {
      NumberFormat kroner = NumberFormat.getNumberInstance(DANISH);
      kroner.setMinimumFractionDigits(2);
      kroner.setMaximumFractionDigits(2);
      return kroner.format(amount);
    }
    if (value instanceof Collection<?> items) {
      return items.stream().map(NoticeFacts::format).collect(Collectors.joining("\n"));
    }
    return value.toString();
  }
}

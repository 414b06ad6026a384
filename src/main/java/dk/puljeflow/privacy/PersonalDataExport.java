package dk.puljeflow.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.puljeflow.EngineTime;
import dk.puljeflow.notification.Notice;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything Puljeflow holds about one e-mail address, for a person who asks (GDPR art. 15): the
 * applications where the address is the applicant's or a signer's, each with the application as
 * stored, the person's own signatures, the case's events, follow-ups, contract, payments and receipts
 * (without their files, with the address to download each), and the letters sent to the address; and
 * the recruitment candidates with that address, with their internships and events. Every column of
 * those rows as stored, except internal keys (row ids, version counters, process instance ids, the
 * letters' link ids), files and the personal links' secrets. The address is matched regardless of case.
 * An anonymised application no longer holds the address, so it is not in the export.
 */
@Service
class PersonalDataExport {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** Keys that tell the database's rows apart and say nothing about the person. */
  private static final Set<String> INTERNAL_KEYS = Set.of("id", "application_id", "candidate_id", "version",
      "process_instance_id", "idempotency_key", "request_hash");

  private final JdbcTemplate jdbc;

  PersonalDataExport(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  Map<String, Object> of(String email) {
    String address = email.strip().toLowerCase(Locale.ROOT);
    Map<String, Object> export = new LinkedHashMap<>();
    export.put("email", address);
    export.put("exportedAt", EngineTime.now());
    List<Map<String, Object>> applications = new ArrayList<>();
    for (Long id : jdbc.queryForList("""
        select id from grant_application where lower(applicant_email) = ?
        union select application_id from signature where lower(signer_email) = ?
        union select application_id from notification where lower(recipient) = ?
        order by 1""", Long.class, address, address, address)) {
      applications.add(application(id, address));
    }
    export.put("applications", applications);
    List<Map<String, Object>> candidates = new ArrayList<>();
    for (Long id : jdbc.queryForList("select id from candidate where lower(email) = ? order by id", Long.class, address)) {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("candidate", rows("select * from candidate where id = ?", id).get(0));
      record.put("internships", rows("select * from internship_placement where candidate_id = ? order by period", id));
      record.put("events", rows("select * from recruitment_event where candidate_id = ? order by occurred_at, id", id));
      candidates.add(record);
    }
    export.put("candidates", candidates);
    return export;
  }

  private Map<String, Object> application(Long id, String address) {
    Map<String, Object> application = rows("select * from grant_application where id = ?", id).get(0);
    List<Map<String, Object>> signatures = rows(
        "select * from signature where application_id = ? and lower(signer_email) = ? order by id", id, address);
    TreeSet<String> roles = new TreeSet<>();
    if (address.equalsIgnoreCase((String) application.get("applicant_email"))) {
      roles.add("APPLICANT");
    }
    signatures.forEach(signature -> roles.add((String) signature.get("signer_role")));
    List<Map<String, Object>> letters = rows(
        "select * from notification where application_id = ? and lower(recipient) = ? order by id", id, address);
    letters.forEach(letter -> letter.put("facts", facts((String) letter.get("facts"))));

    Map<String, Object> record = new LinkedHashMap<>();
    record.put("applicationNumber", application.get("application_number"));
    record.put("roles", roles);
    record.put("application", application);
    record.put("signatures", signatures);
    record.put("events", rows("select * from case_event where application_id = ? order by occurred_at, id", id));
    record.put("letters", letters);
    record.put("followUps", rows("select * from follow_up where application_id = ? order by id", id));
    record.put("contract", rows("select * from grant_contract where application_id = ?", id));
    record.put("payments", rows("select * from payment_instruction where application_id = ? order by stage", id));
    record.put("receipts", jdbc.query("select id, payout_stage, file_name, content_type, size_bytes, uploaded_at"
        + " from receipt where application_id = ? order by id", (row, index) -> {
          Map<String, Object> receipt = ROW.mapRow(row, index);
          receipt.put("download", "/cases/" + application.get("application_number") + "/receipts/" + row.getLong("id"));
          return receipt;
        }, id));
    return record;
  }

  private List<Map<String, Object>> rows(String sql, Object... arguments) {
    return jdbc.query(sql, ROW, arguments);
  }

  /** A row as column name (lower case) to value, with times as instants and dates as dates on every database. */
  private static final RowMapper<Map<String, Object>> ROW = (ResultSet row, int index) -> {
    ResultSetMetaData columns = row.getMetaData();
    Map<String, Object> values = new LinkedHashMap<>();
    for (int column = 1; column <= columns.getColumnCount(); column++) {
      String name = columns.getColumnLabel(column).toLowerCase(Locale.ROOT);
      if (!INTERNAL_KEYS.contains(name)) {
        values.put(name, value(row.getObject(column)));
      }
    }
    return values;
  };

  private static Object value(Object value) throws SQLException {
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof Clob text) {
      return text.getSubString(1, (int) text.length());
    }
    return value;
  }

  /** A letter's facts as the JSON object they are stored as, without the internal id of the link it carried. */
  private static Object facts(String json) {
    try {
      JsonNode facts = json == null ? null : JSON.readTree(json);
      if (facts instanceof ObjectNode object) {
        object.remove(Notice.LINK_ID);
      }
      return facts;
    } catch (JsonProcessingException e) {
      return json;
    }
  }
}

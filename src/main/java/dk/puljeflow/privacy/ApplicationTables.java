package dk.puljeflow.privacy;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Puljeflow's own tables, column by column: which columns hold personal data of an application or of a
 * recruitment candidate and what anonymisation puts in their place, and which are kept for statistics
 * (amounts, dates, statuses, pool, case numbers, ids, user ids of accounts, and texts Puljeflow writes
 * itself). Every column of every table is named here or the table is listed as holding no personal
 * data, so a new column has to be classified before the tests pass ({@code ApplicationTablesTest}).
 */
@Component
class ApplicationTables {

  /** What a personal name or free text becomes. */
  static final String MARKER = "[anonymiseret]";

  enum Treatment {
    /** Not personal: kept as it is. */
    KEEP,
    /** A name or free text: the marker. */
    TEXT,
    /** An e-mail address in a column that must stay one: {@code anonymised-<row id>@invalid}. */
    ADDRESS,
    /** A letter's recipient: an address as {@link #ADDRESS}; a group ({@code group:manager}) is kept. */
    RECIPIENT,
    /** A letter's facts (JSON, names and reasons included): emptied to {@code {}}. */
    FACTS,
    /** An uploaded file's content: emptied. */
    CONTENT,
    /** A case event's detail: kept for the events whose detail Puljeflow writes itself, else the marker. */
    EVENT_DETAIL,
    /** A value derived from personal data (the hash of a submitted body): removed. */
    CLEAR,
    /** A birth date: the first of January of its year, so ages stay for statistics. */
    BIRTH_DATE
  }

  /**
   * A table with rows of one application (or one candidate): the column that names it (or, with a parent
   * table, the parent row whose {@code application_id} does), whether its rows are deleted instead of
   * changed, and every column's treatment.
   */
  record Table(String name, String applicationColumn, String parentTable, boolean deleteRows,
      Map<String, Treatment> columns) {

    Table(String name, String applicationColumn, boolean deleteRows, Map<String, Treatment> columns) {
      this(name, applicationColumn, null, deleteRows, columns);
    }

    /** The SQL condition that picks the application's rows; its one parameter is the application's id. */
    String rowsOfApplication() {
      return parentTable == null ? applicationColumn + " = ?"
          : applicationColumn + " in (select id from " + parentTable + " where application_id = ?)";
    }
  }

  /**
   * Case and recruitment events whose detail Puljeflow writes itself (a number, a role, an amount, a date,
   * a rule's text, an intake, the referring job centre). The others quote what a person wrote or a
   * workplace: a reason, a note, where an internship or job offer was.
   */
  static final Set<String> SYSTEM_EVENT_DETAILS = Set.of("RECEIVED", "ELIGIBLE", "INELIGIBLE", "SIGNED", "FULLY_SIGNED",
      "ESCALATED", "SLA_BREACHED", "APPROVED", "INFORMATION_PROVIDED", "CONTRACT_DRAWN_UP", "CONTRACT_SIGNED_FOR_POOL",
      "CONTRACT_OVERDUE", "CONTRACT_ACTIVE", "MIDWAY_MEETING_SCHEDULED", "MIDWAY_MEETING_RECORDED",
      "MIDWAY_MEETING_INVITATION_ANSWERED", "FINAL_EVALUATION_SCHEDULED", "FINAL_EVALUATION_RECORDED", "USE_REPORTED",
      "PAYOUT_INSTRUCTED", "LAPSED", "CLOSED", "ANONYMISED",
      // recruitment_event (RecruitmentEventType)
      "REFERRED", "INFORMATION_MEETING_BOOKED", "INFORMATION_MEETING_ATTENDED", "INFORMATION_MEETING_MISSED",
      "PRE_COURSE_AGREED", "PRE_COURSE_COMPLETED", "APPLIED", "HIRED", "NOT_HIRED", "EMPLOYMENT_TERMS_SET", "EMPLOYED",
      "SUPPORT_ASSIGNED", "GRADUATED");

  private static final Treatment KEEP = Treatment.KEEP;
  private static final Treatment TEXT = Treatment.TEXT;

  static final List<Table> OF_AN_APPLICATION = List.of(
      new Table("grant_application", "id", false, columns(
          entry("id", KEEP), entry("application_number", KEEP), entry("pool_id", KEEP), entry("status", KEEP),
          entry("applicant_name", TEXT), entry("applicant_email", Treatment.ADDRESS), entry("workplace_name", TEXT),
          entry("activity", TEXT), entry("requested_amount", KEEP), entry("buyout_hours", KEEP),
          entry("consultancy_hours", KEEP), entry("project_start", KEEP), entry("project_end", KEEP),
          entry("leaving_date", KEEP), entry("received_at", KEEP), entry("signature_expires_at", KEEP),
          entry("submitted_at", KEEP), entry("decision_due_at", KEEP), entry("decided_at", KEEP),
          entry("granted_amount", KEEP), entry("granted_hours", KEEP),
          // A caseworker's reasons, or the rules' texts when ineligible: free text either way.
          entry("decision_reason", TEXT), entry("additional_information", TEXT), entry("closed_at", KEEP),
          entry("process_instance_id", KEEP), entry("version", KEEP), entry("activity_category", KEEP),
          entry("offered_by_municipality", KEEP), entry("released_from_duty", KEEP), entry("release_period_ends", KEEP),
          entry("newly_graduated_social_workers", KEEP), entry("med_committee_informed", KEEP),
          entry("coordinator_name", TEXT), entry("working_group", TEXT), entry("employed_in_job_centre", KEEP),
          entry("module_level", KEEP), entry("module_count", KEEP), entry("eligibility_checked_at", KEEP),
          // The rules' own texts (eligibility-*.dmn), one per line: statistics of why applications were refused.
          entry("ineligibility_reasons", KEEP), entry("anonymised_at", KEEP),
          // The client's Idempotency-Key is an opaque token; the hash is of a body full of personal data.
          entry("idempotency_key", KEEP), entry("request_hash", Treatment.CLEAR))),
      new Table("signature", "application_id", false, columns(
          entry("id", KEEP), entry("application_id", KEEP), entry("signer_role", KEEP), entry("signer_name", TEXT),
          entry("signer_email", Treatment.ADDRESS),
          // The Camunda account that signs in Tasklist (demo users); accounts are managed in Camunda Admin.
          entry("signer_user_id", KEEP), entry("state", KEEP), entry("answered_at", KEEP),
          entry("decline_reason", TEXT), entry("reminders_sent", KEEP))),
      new Table("case_event", "application_id", false, columns(
          entry("id", KEEP), entry("application_id", KEEP), entry("event_type", KEEP), entry("occurred_at", KEEP),
          entry("actor", KEEP), entry("detail", Treatment.EVENT_DETAIL))),
      new Table("notification", "application_id", false, columns(
          entry("id", KEEP), entry("application_id", KEEP), entry("notice_type", KEEP), entry("occurrence", KEEP),
          entry("recipient", Treatment.RECIPIENT), entry("facts", Treatment.FACTS), entry("status", KEEP),
          entry("attempts", KEEP), entry("subject", TEXT), entry("created_at", KEEP), entry("sent_at", KEEP),
          // A mail server's or template's error message may quote the address or the letter's facts.
          entry("last_error", TEXT))),
      new Table("receipt", "application_id", false, columns(
          entry("id", KEEP), entry("application_id", KEEP), entry("payout_stage", KEEP), entry("file_name", TEXT),
          entry("content_type", KEEP), entry("size_bytes", KEEP), entry("content", Treatment.CONTENT),
          entry("uploaded_at", KEEP))),
      new Table("follow_up", "application_id", false, columns(
          entry("id", KEEP), entry("application_id", KEEP), entry("kind", KEEP), entry("scheduled_at", KEEP),
          entry("invited_at", KEEP), entry("reminders_sent", KEEP), entry("completed_at", KEEP),
          entry("completed_by", KEEP), entry("held", KEEP), entry("rating", KEEP), entry("answers", TEXT),
          entry("overdue", KEEP), entry("invitation_answer", KEEP), entry("invitation_comment", TEXT))),
      new Table("grant_contract", "application_id", false, columns(
          entry("id", KEEP), entry("application_id", KEEP), entry("amount", KEEP), entry("buyout_hours", KEEP),
          entry("consultancy_hours", KEEP), entry("payout_plan", KEEP), entry("deadline", KEEP),
          // The workplace's manager: a name when signed through the personal link.
          entry("workplace_signed_at", KEEP), entry("workplace_signed_by", TEXT), entry("pool_signed_at", KEEP),
          entry("pool_signed_by", KEEP), entry("activated_at", KEEP))),
      new Table("payment_instruction", "application_id", false, columns(
          entry("id", KEEP), entry("application_id", KEEP), entry("stage", KEEP), entry("amount", KEEP),
          entry("currency", KEEP), entry("reported_costs", KEEP), entry("reported_hours", KEEP), entry("status", KEEP),
          entry("created_at", KEEP), entry("acknowledged_at", KEEP), entry("acknowledged_by", KEEP))),
      new Table("ledger_entry", "application_id", false, columns(
          entry("id", KEEP), entry("pool_id", KEEP), entry("application_id", KEEP), entry("entry_type", KEEP),
          entry("amount", KEEP), entry("booked_at", KEEP), entry("note", KEEP))),
      new Table("sla_breach", "application_id", false, columns(
          entry("id", KEEP), entry("application_id", KEEP), entry("deadline", KEEP), entry("recorded_at", KEEP))),
      // TSL: the dismissed persons of a transition project, their coaching meetings and training applications.
      // Need levels, dates, outcomes and amounts stay for the outcome reports; names and notes go.
      new Table("tsl_participant", "application_id", false, columns(
          entry("id", KEEP), entry("application_id", KEEP), entry("participant_number", KEEP), entry("name", TEXT),
          entry("email", Treatment.ADDRESS), entry("last_day_of_employment", KEEP), entry("support_ends_on", KEEP),
          entry("status", KEEP), entry("mapping_meeting_at", KEEP), entry("mapping_meeting_place", TEXT),
          entry("adviser_name", TEXT), entry("mapping_meetings_missed", KEEP), entry("mapping_meeting_held_on", KEEP),
          entry("need_level", KEEP), entry("needs_note", TEXT), entry("participation_decided_on", KEEP),
          entry("supplier_id", KEEP), entry("coach_name", TEXT), entry("support_started_at", KEEP),
          entry("funding_amount", KEEP), entry("outcome", KEEP), entry("outcome_on", KEEP), entry("outcome_note", TEXT),
          entry("ended_at", KEEP), entry("process_instance_id", KEEP), entry("version", KEEP))),
      new Table("tsl_coaching_meeting", "participant_id", "tsl_participant", false, columns(
          entry("id", KEEP), entry("participant_id", KEEP), entry("held_on", KEEP), entry("meeting_type", KEEP),
          entry("note", TEXT), entry("recorded_at", KEEP), entry("recorded_by", KEEP))),
      new Table("tsl_training_application", "participant_id", "tsl_participant", false, columns(
          entry("id", KEEP), entry("participant_id", KEEP), entry("kind", KEEP), entry("description", TEXT),
          // The school or company that gives the training: an organisation, kept for the reports.
          entry("provider", KEEP), entry("cost", KEEP), entry("motivation", TEXT), entry("coach_name", TEXT),
          entry("applied_at", KEEP), entry("applied_by", KEEP), entry("status", KEEP), entry("approved_cost", KEEP),
          entry("decision_reason", TEXT), entry("decided_at", KEEP), entry("decided_by", KEEP))),
      // No personal data, but each link is a way into the case's pages: an anonymised case has none left.
      new Table("personal_link", "application_id", true, columns(
          entry("id", KEEP), entry("application_id", KEEP), entry("purpose", KEEP), entry("party", KEEP),
          entry("occurrence", KEEP), entry("nonce", KEEP), entry("token_hash", KEEP), entry("created_at", KEEP),
          entry("expires_at", KEEP), entry("used_at", KEEP))));

  /**
   * A recruitment candidate ("Fra ledig til velfærdsmedarbejder"): stages, dates, education, intake, pay
   * scale, outcomes and the referring job centre stay for the funnel and the hiring target; the person,
   * the people around them, workplaces and everything written about them go.
   */
  static final List<Table> OF_A_CANDIDATE = List.of(
      new Table("candidate", "id", false, columns(
          entry("id", KEEP), entry("candidate_number", KEEP), entry("status", KEEP), entry("name", TEXT),
          entry("birth_date", Treatment.BIRTH_DATE), entry("email", Treatment.ADDRESS), entry("phone", TEXT),
          entry("job_centre", KEEP), entry("referral_note", TEXT), entry("referred_by", KEEP), entry("referred_at", KEEP),
          entry("information_meeting_on", KEEP), entry("information_meetings_missed", KEEP), entry("education", KEEP),
          entry("pre_course_start", KEEP), entry("pre_course_end", KEEP), entry("pre_course_content", TEXT),
          entry("pre_course_completed_on", KEEP), entry("intake_id", KEEP), entry("applied_at", KEEP),
          entry("interview_outcome", KEEP), entry("interview_note", TEXT), entry("interviewed_at", KEEP),
          entry("employment_start", KEEP), entry("pay_scale", KEEP), entry("mentor", TEXT),
          entry("education_coordinator", TEXT), entry("practice_supervisor", TEXT), entry("education_adviser", TEXT),
          entry("graduated_on", KEEP), entry("job_offer_workplace", TEXT), entry("job_offer_start", KEEP),
          entry("job_offer_accepted", KEEP), entry("drop_out_stage", KEEP), entry("drop_out_reason", TEXT),
          entry("closed_at", KEEP), entry("process_instance_id", KEEP), entry("version", KEEP),
          entry("anonymised_at", KEEP))),
      new Table("internship_placement", "candidate_id", false, columns(
          entry("id", KEEP), entry("candidate_id", KEEP), entry("period", KEEP), entry("workplace", TEXT),
          entry("starts_on", KEEP), entry("ends_on", KEEP), entry("recorded_at", KEEP), entry("recorded_by", KEEP))),
      new Table("recruitment_event", "candidate_id", false, columns(
          entry("id", KEEP), entry("candidate_id", KEEP), entry("event_type", KEEP), entry("occurred_at", KEEP),
          entry("actor", KEEP), entry("detail", Treatment.EVENT_DETAIL))));

  /** Puljeflow's tables that hold no personal data of an application or a candidate, and what they hold instead. */
  static final Map<String, String> WITHOUT_PERSONAL_DATA = Map.ofEntries(
      Map.entry("pool", "the pools' definitions and budgets"),
      Map.entry("tsl_project_booking", "TSL: a project's money per supplier"),
      Map.entry("tsl_supplier", "TSL: the supplier registry"),
      Map.entry("tsl_supplier_ledger_entry", "TSL: the suppliers' savings movements"),
      Map.entry("recruitment_intake", "the recruitment programme's intakes"),
      Map.entry("flyway_schema_history", "Flyway's record of the migrations"),
      Map.entry("camunda_schema_history", "Flyway's record of Camunda's schema scripts (PostgreSQL only)"));

  /** Tables that only some databases have: Camunda's schema comes from Flyway on PostgreSQL only. */
  static final Set<String> ONLY_ON_SOME_DATABASES = Set.of("camunda_schema_history");

  private final JdbcTemplate jdbc;

  ApplicationTables(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The personal values of one application or candidate as they are now (names, addresses, free texts):
   * what must not remain anywhere once it is anonymised.
   */
  Set<String> personalValues(List<Table> tables, long id) {
    Set<String> values = new LinkedHashSet<>();
    for (Table table : tables) {
      List<String> personal = table.columns().entrySet().stream()
          .filter(column -> column.getValue() == TEXT || column.getValue() == Treatment.ADDRESS
              || column.getValue() == Treatment.RECIPIENT || column.getValue() == Treatment.EVENT_DETAIL)
          .map(Map.Entry::getKey)
          .toList();
      if (personal.isEmpty() || table.deleteRows()) {
        continue;
      }
      String eventFilter = table.columns().containsValue(Treatment.EVENT_DETAIL) ? " and " + notSystemEvent() : "";
      jdbc.queryForList("select " + String.join(", ", personal) + " from " + table.name() + " where "
              + table.rowsOfApplication() + eventFilter, id)
          .forEach(row -> row.values().stream()
              .filter(value -> value instanceof String text && !text.isBlank() && !text.startsWith("group:")
                  && !MARKER.equals(text))
              .forEach(value -> values.add((String) value)));
    }
    return values;
  }

  /** Replaces the personal values in these tables; the number of rows changed or deleted per table. */
  Map<String, Integer> anonymise(List<Table> tables, long id) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    for (Table table : tables) {
      if (table.deleteRows()) {
        rows.put(table.name(), jdbc.update("delete from " + table.name() + " where " + table.rowsOfApplication(), id));
        continue;
      }
      List<Object> arguments = new ArrayList<>();
      List<String> assignments = new ArrayList<>();
      table.columns().forEach((column, treatment) -> {
        String replacement = replacement(column, treatment, arguments);
        if (replacement != null) {
          assignments.add(column + " = " + replacement);
        }
      });
      if (assignments.isEmpty()) {
        continue;
      }
      if (table.columns().containsKey("version")) {
        // Optimistic locking of the entity: anyone holding the old row fails instead of writing it back.
        assignments.add("version = version + 1");
      }
      arguments.add(id);
      rows.put(table.name(), jdbc.update("update " + table.name() + " set " + String.join(", ", assignments) + " where "
          + table.rowsOfApplication(), arguments.toArray()));
    }
    return rows;
  }

  /** The SQL for a column's new value (adding its arguments), or null when the column is kept. */
  private static String replacement(String column, Treatment treatment, List<Object> arguments) {
    return switch (treatment) {
      case KEEP -> null;
      case TEXT -> "case when " + column + " is null then null else '" + MARKER + "' end";
      case ADDRESS -> "case when " + column + " is null then null else " + invalidAddress() + " end";
      case RECIPIENT -> "case when " + column + " like 'group:%' then " + column + " else " + invalidAddress() + " end";
      case FACTS -> "'{}'";
      case CONTENT -> {
        arguments.add(new byte[0]);
        yield "?";
      }
      case EVENT_DETAIL -> "case when " + column + " is not null and " + notSystemEvent() + " then '" + MARKER + "' else "
          + column + " end";
      case CLEAR -> "null";
      case BIRTH_DATE -> "cast(date_trunc('year', " + column + ") as date)";
    };
  }

  /** An address that stays unique per row and that no mail server accepts (RFC 6761 reserves .invalid). */
  private static String invalidAddress() {
    return "concat('anonymised-', id, '@invalid')";
  }

  private static String notSystemEvent() {
    return "event_type not in (" + SYSTEM_EVENT_DETAILS.stream().sorted().map(type -> "'" + type + "'")
        .collect(Collectors.joining(", ")) + ")";
  }

  @SafeVarargs
  private static Map<String, Treatment> columns(Map.Entry<String, Treatment>... columns) {
    Map<String, Treatment> ordered = new LinkedHashMap<>();
    for (Map.Entry<String, Treatment> column : columns) {
      if (ordered.put(column.getKey(), column.getValue()) != null) {
        throw new IllegalStateException("Column " + column.getKey() + " is named twice");
      }
    }
    return ordered;
  }
}

package dk.puljeflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.puljeflow.EngineTime;
import dk.puljeflow.HttpClient;
import dk.puljeflow.recruitment.Candidate;
import dk.puljeflow.recruitment.CandidateRepository;
import dk.puljeflow.recruitment.InternshipPlacementRepository;
import dk.puljeflow.recruitment.RecruitmentEventRepository;
import dk.puljeflow.recruitment.RecruitmentService;
import dk.puljeflow.recruitment.ReferralRequest;
import dk.puljeflow.report.StageTimeReport.Stage;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.io.IOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The reports through HTTP as a manager reads them: JSON, the CSV download of each (parsed, and the same
 * figures as the JSON) and the page (the same figures again, with a chart per pool); who may read them;
 * filters that are refused.
 */
class ReportsHttpTest extends ReportDataSet {

  private static final String QUARTER_QUERY = "from=2031-01-01&to=2031-03-31";
  private static final Locale DANISH = Locale.forLanguageTag("da-DK");
  private static final CsvMapper CSV = new CsvMapper();

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired RecruitmentService recruitment;
  @Autowired CandidateRepository candidates;
  @Autowired InternshipPlacementRepository placements;
  @Autowired RecruitmentEventRepository recruitmentEvents;

  @BeforeEach
  void users() {
    identity.ensureUser("report-manager", "manager-pw", "Mona", "Leder", Groups.MANAGER);
    identity.ensureUser("report-caseworker", "caseworker-pw", "Carl", "Sagsbehandler", Groups.CASEWORKER);
  }

  @Test
  void onlyManagersAndAdministratorsReadTheReports() {
    for (String path : List.of("/reports", "/api/reports/decision-deadlines", "/api/reports/decision-deadlines.csv",
        "/api/reports/decision-breaches", "/api/reports/decision-breaches.csv", "/api/reports/pool-use",
        "/api/reports/pool-use.csv", "/api/reports/funnel", "/api/reports/funnel.csv", "/api/reports/stage-times",
        "/api/reports/stage-times.csv", "/api/reports/recruitment", "/api/reports/recruitment.csv")) {
      assertThat(status("report-manager", "manager-pw", path)).as("manager: " + path).isEqualTo(HttpStatus.OK);
      assertThat(status("admin", "test-admin-password", path)).as("admin: " + path).isEqualTo(HttpStatus.OK);
      assertThat(status("report-caseworker", "caseworker-pw", path)).as("caseworker: " + path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(status(null, null, path)).as("anonymous: " + path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
  }

  @Test
  void aFilterNamingNoPoolOrNoSensiblePeriodIsRefused() {
    ResponseEntity<JsonNode> unknownPool = manager().get("/api/reports/funnel?pool=no-such-pool");
    assertThat(unknownPool.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownPool.getBody().path("errors").path("pool").asText()).isEqualTo("no pool no-such-pool");
    ResponseEntity<JsonNode> backwards = manager().get("/api/reports/stage-times.csv?from=2031-03-01&to=2031-01-31");
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody().path("errors").path("to").asText()).isEqualTo("must not be before from (2031-03-01)");
    ResponseEntity<JsonNode> tooLong = manager().get("/api/reports/pool-use?from=2000-01-01&to=2031-01-31");
    assertThat(tooLong.getBody().path("errors").path("from").asText()).isEqualTo("the period may span at most 120 months");
    assertThat(manager().get("/api/reports/funnel?from=yesterday").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<String> page = asManager().getForEntity("/reports?from=2031-03-01&to=2031-01-31", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(page.getBody()).contains("Filteret kan ikke bruges", "to: must not be before from (2031-03-01)")
        .doesNotContain("id=\"deadline-table\"");

    // Without dates: the last twelve months up to today on the engine clock (20 March 2031).
    JsonNode defaults = manager().get("/api/reports/funnel").getBody().path("filter");
    assertThat(defaults.path("pool").isNull()).isTrue();
    assertThat(defaults.path("from").asText()).isEqualTo("2030-04-01");
    assertThat(defaults.path("to").asText()).isEqualTo("2031-03-20");
  }

  @Test
  void decisionDeadlinesAndBreachesAgreeAsJsonCsvAndPage() {
    String query = QUARTER_QUERY + "&pool=" + SIMPLE;
    List<Map<String, String>> months = csvMatchingJson("decision-deadlines", query, "decision-deadlines_rapport-enkel_2031-01-01_2031-03-31.csv",
        "poolId,poolName,month,deadlineDays,fullySigned,decidedOnTime,decidedLate,overdueUndecided,pending,endedUndecided,onTimePercent",
        "rapport-enkel,Rapportpuljen (enkel),2031-01,14,3,2,1,0,0,0,66.7",
        "rapport-enkel,Rapportpuljen (enkel),2031-02,14,2,1,0,1,0,0,50.0",
        "rapport-enkel,Rapportpuljen (enkel),2031-03,14,1,0,0,0,1,0,");
    List<Map<String, String>> breaches = csvMatchingJson("decision-breaches", QUARTER_QUERY + "&pool=" + MENTOR_POOL,
        "decision-breaches_rapport-mentor_2031-01-01_2031-03-31.csv",
        "applicationNumber,poolId,poolName,month,submittedAt,decisionDueAt,decidedAt,status,open,daysLate",
        numberOf(MENTOR_POOL, 2) + ",rapport-mentor,Mentorpuljen – kontrakt & opfølgning,2031-02,2031-02-05T08:00:00Z,"
            + "2031-02-19T08:00:00Z,2031-02-20T20:00:00Z,CONTRACT_PENDING,false,1.50");
    List<Map<String, String>> openBreach = csvMatchingJson("decision-breaches", "from=2031-02-01&to=2031-02-28&pool=" + SIMPLE,
        "decision-breaches_rapport-enkel_2031-02-01_2031-02-28.csv",
        "applicationNumber,poolId,poolName,month,submittedAt,decisionDueAt,decidedAt,status,open,daysLate",
        numberOf(SIMPLE, 5) + ",rapport-enkel,Rapportpuljen (enkel),2031-02,2031-02-03T08:00:00Z,2031-02-17T08:00:00Z,,"
            + "AWAITING_DECISION,true,31.00");

    List<Map<String, String>> mentorMonths = csvMatchingJson("decision-deadlines", QUARTER_QUERY + "&pool=" + MENTOR_POOL,
        "decision-deadlines_rapport-mentor_2031-01-01_2031-03-31.csv",
        "poolId,poolName,month,deadlineDays,fullySigned,decidedOnTime,decidedLate,overdueUndecided,pending,endedUndecided,onTimePercent",
        "rapport-mentor,Mentorpuljen – kontrakt & opfølgning,2031-01,14,2,2,0,0,0,0,100.0",
        "rapport-mentor,Mentorpuljen – kontrakt & opfølgning,2031-02,14,1,0,1,0,0,0,0.0",
        "rapport-mentor,Mentorpuljen – kontrakt & opfølgning,2031-03,14,0,0,0,0,0,0,");

    // Both pools on one page: no pool in the filter.
    String page = page(QUARTER_QUERY);
    for (Map<String, String> row : concat(months, mentorMonths)) {
      assertThat(pageRow(page, "deadline-table", "data-pool=\"" + row.get("poolId") + "\"", "data-month=\"" + row.get("month") + "\""))
          .containsExactly(row.get("poolName"), month(row.get("month")), row.get("deadlineDays"), row.get("fullySigned"),
              row.get("decidedOnTime"), row.get("decidedLate"), row.get("overdueUndecided"), row.get("pending"),
              row.get("endedUndecided"), row.get("onTimePercent").isEmpty() ? "–" : decimal(row.get("onTimePercent"), 1) + " %");
    }
    assertThat(chart(page, "deadlines-" + SIMPLE))
        .contains("<title>Afgjort inden fristen, andel pr. måned for fuld underskrift – Rapportpuljen (enkel)</title>",
            ">66,7 %</text>", ">50 %</text>", ">jan. 2031</text>", ">mar. 2031</text>");
    assertThat(chart(page, "deadlines-" + MENTOR_POOL)).contains(">100 %</text>", ">0 %</text>");
    // Each report's CSV link carries the page's filter.
    assertThat(page).contains("href=\"/api/reports/decision-deadlines.csv?from=2031-01-01&amp;to=2031-03-31\"",
        "href=\"/api/reports/stage-times.csv?from=2031-01-01&amp;to=2031-03-31\"");
    assertThat(page(query)).contains("href=\"/api/reports/funnel.csv?pool=rapport-enkel&amp;from=2031-01-01&amp;to=2031-03-31\"");

    for (Map<String, String> row : concat(breaches, openBreach)) {
      String pool = row.get("poolId");
      String breachPage = pool.equals(SIMPLE) ? page("from=2031-02-01&to=2031-02-28&pool=" + SIMPLE) : page(QUARTER_QUERY + "&pool=" + pool);
      assertThat(pageRow(breachPage, "breach-table", "data-application=\"" + row.get("applicationNumber") + "\""))
          .containsExactly(row.get("applicationNumber"), row.get("poolName"), time(row.get("submittedAt")),
              time(row.get("decisionDueAt")), row.get("decidedAt").isEmpty() ? "venter stadig" : time(row.get("decidedAt")),
              row.get("status"), decimal(row.get("daysLate"), 2));
    }
  }

  @Test
  void poolUseAgreesAsJsonCsvAndPage() {
    List<Map<String, String>> rows = csvMatchingJson("pool-use", QUARTER_QUERY + "&pool=" + MENTOR_POOL,
        "pool-use_rapport-mentor_2031-01-01_2031-03-31.csv",
        "poolId,poolName,month,budget,carryOver,reservedInMonth,releasedInMonth,paidInMonth,carriedOutInMonth,reserved,paid,carriedOut,available",
        "rapport-mentor,Mentorpuljen – kontrakt & opfølgning,2031-01,200000.00,0.00,90000.00,0.00,0.00,0.00,90000.00,0.00,0.00,110000.00",
        "rapport-mentor,Mentorpuljen – kontrakt & opfølgning,2031-02,200000.00,0.00,30000.00,0.00,20000.00,0.00,100000.00,20000.00,0.00,80000.00",
        "rapport-mentor,Mentorpuljen – kontrakt & opfølgning,2031-03,200000.00,0.00,0.00,0.00,20000.00,0.00,80000.00,40000.00,0.00,80000.00");
    // Without a pool: every pool, this test's among them.
    List<Map<String, String>> all = csvMatchingJson("pool-use", QUARTER_QUERY, null, null);
    assertThat(all).filteredOn(row -> row.get("poolId").equals(SIMPLE) && row.get("month").equals("2031-03")).singleElement()
        .satisfies(row -> assertThat(List.of(row.get("carriedOutInMonth"), row.get("available"))).containsExactly("105000.00", "0.00"));

    String page = page(QUARTER_QUERY + "&pool=" + MENTOR_POOL);
    for (Map<String, String> row : rows) {
      assertThat(pageRow(page, "pool-use-table", "data-pool=\"" + row.get("poolId") + "\"", "data-month=\"" + row.get("month") + "\""))
          .containsExactly(row.get("poolName"), month(row.get("month")), amount(row.get("budget")), amount(row.get("carryOver")),
              amount(row.get("reservedInMonth")), amount(row.get("releasedInMonth")), amount(row.get("paidInMonth")),
              amount(row.get("carriedOutInMonth")), amount(row.get("reserved")), amount(row.get("paid")),
              amount(row.get("carriedOut")), amount(row.get("available")));
    }
    assertThat(chart(page, "pool-use-" + MENTOR_POOL))
        .contains("<title>Puljens penge ved hver måneds udgang – Mentorpuljen – kontrakt &amp; opfølgning</title>",
            ">Disponibelt</text>", ">Reserveret</text>", ">Udbetalt</text>", "<polyline");
    // The pool's name is escaped wherever the page shows it.
    assertThat(page).doesNotContain("kontrakt & opfølgning").contains("Mentorpuljen – kontrakt &amp; opfølgning");
  }

  @Test
  void funnelAgreesAsJsonCsvAndPage() {
    List<Map<String, String>> simple = csvMatchingJson("funnel", QUARTER_QUERY + "&pool=" + SIMPLE,
        "funnel_rapport-enkel_2031-01-01_2031-03-31.csv",
        "poolId,poolName,started,fullySigned,approved,paid,evaluated,closed,lapsed,declined,rejected,withdrawn,inProgress",
        "rapport-enkel,Rapportpuljen (enkel),8,6,3,2,,2,1,1,1,1,2");
    List<Map<String, String>> mentor = csvMatchingJson("funnel", QUARTER_QUERY + "&pool=" + MENTOR_POOL,
        "funnel_rapport-mentor_2031-01-01_2031-03-31.csv",
        "poolId,poolName,started,fullySigned,approved,paid,evaluated,closed,lapsed,declined,rejected,withdrawn,inProgress",
        "rapport-mentor,Mentorpuljen – kontrakt & opfølgning,3,3,3,1,1,1,0,0,0,0,2");

    for (Map<String, String> row : concat(simple, mentor)) {
      String page = page(QUARTER_QUERY + "&pool=" + row.get("poolId"));
      assertThat(pageRow(page, "funnel-table", "data-pool=\"" + row.get("poolId") + "\""))
          .containsExactly(row.get("poolName"), row.get("started"), row.get("fullySigned"), row.get("approved"), row.get("paid"),
              row.get("evaluated").isEmpty() ? "–" : row.get("evaluated"), row.get("closed"), row.get("lapsed"),
              row.get("declined"), row.get("rejected"), row.get("withdrawn"), row.get("inProgress"));
    }
    assertThat(chart(page(QUARTER_QUERY + "&pool=" + SIMPLE), "funnel-" + SIMPLE))
        .contains(">Startet</text>", ">8</text>", ">Afslået</text>").doesNotContain(">Evalueret</text>");
  }

  @Test
  void stageTimesAgreeAsJsonCsvAndPage() {
    List<Map<String, String>> rows = csvMatchingJson("stage-times", QUARTER_QUERY + "&pool=" + SIMPLE,
        "stage-times_rapport-enkel_2031-01-01_2031-03-31.csv",
        "poolId,poolName,stage,cases,medianDays,p90Days,bottleneck",
        "rapport-enkel,Rapportpuljen (enkel),SIGNATURE,6,1.50,3.00,false",
        "rapport-enkel,Rapportpuljen (enkel),DECISION,4,8.88,15.73,false",
        "rapport-enkel,Rapportpuljen (enkel),CONTRACT,0,,,false",
        "rapport-enkel,Rapportpuljen (enkel),PAYOUT,2,14.50,18.10,true",
        "rapport-enkel,Rapportpuljen (enkel),FOLLOW_UP,0,,,false");

    String page = page(QUARTER_QUERY + "&pool=" + SIMPLE);
    for (Map<String, String> row : rows) {
      assertThat(pageRow(page, "stage-table", "data-pool=\"" + row.get("poolId") + "\"", "data-stage=\"" + row.get("stage") + "\""))
          .containsExactly(row.get("poolName"), Stage.valueOf(row.get("stage")).danish(), row.get("cases"),
              row.get("medianDays").isEmpty() ? "–" : decimal(row.get("medianDays"), 2),
              row.get("p90Days").isEmpty() ? "–" : decimal(row.get("p90Days"), 2),
              Boolean.parseBoolean(row.get("bottleneck")) ? "ja" : "");
    }
    assertThat(page).contains("<tr data-pool=\"rapport-enkel\" data-stage=\"PAYOUT\" class=\"bottleneck\">")
        .containsOnlyOnce("class=\"bottleneck\"");
    assertThat(chart(page, "stage-times-" + SIMPLE))
        .contains(">median 14,5 d · 90 %: 18,1 d · 2 sager · flaskehals</text>", ">median 1,5 d · 90 %: 3 d · 6 sager</text>",
            ">ingen sager</text>");
  }

  @Test
  void recruitmentProgressAgreesAsJsonCsvAndPage() {
    emptyRecruitmentTables();
    try {
      moveClockTo(LocalDate.of(2021, 3, 1).atTime(9, 0).atZone(EngineTime.ZONE).toInstant());
      Candidate first = hireOrNot("HIRED");
      hireOrNot("HIRED");
      hireOrNot("NOT_HIRED");
      recruitment.dropOut(first.getCandidateNumber(), "Flyttet fra kommunen", "report-caseworker");
      // The basic course has started since: the other hire is employed and in education.
      moveClockTo(NOW);

      JsonNode json = manager().get("/api/reports/recruitment").getBody();
      assertThat(json.path("hired").asLong()).isEqualTo(2);
      assertThat(json.path("remaining").asLong()).isEqualTo(498);
      assertThat(json.path("percentOfTarget").decimalValue()).isEqualByComparingTo("0.4");
      assertThat(json.path("droppedOutAfterHire").asLong()).isEqualTo(1);
      assertThat(json.path("hiredByYear").path("2021").asLong()).isEqualTo(2);

      ResponseEntity<String> csv = asManager().getForEntity("/api/reports/recruitment.csv", String.class);
      assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
      List<Map<String, String>> rows = parse(csv.getBody());
      assertThat(csv.getBody().lines().findFirst()).contains("section,key,label,value");
      assertThat(rows).extracting(row -> row.get("section") + "/" + row.get("key") + "=" + row.get("value"))
          .contains("total/target=500", "total/hired=2", "total/remaining=498", "total/percentOfTarget=0.4",
              "total/droppedOutAfterHire=1", "total/graduated=0", "education/SSA=2", "education/SSH=0", "year/2021=2",
              "year/2020=0", "intake/ssa-2021-08=2", "status/IN_EDUCATION=1", "status/NOT_HIRED=1", "status/DROPPED_OUT=1");
      // Every figure of the CSV is the JSON's.
      for (Map<String, String> row : rows) {
        JsonNode value = switch (row.get("section")) {
          case "total" -> json.path(row.get("key"));
          case "education" -> json.path("hiredByEducation").path(row.get("key"));
          case "year" -> json.path("hiredByYear").path(row.get("key"));
          case "intake" -> find(json.path("intakes"), "intakeId", row.get("key")).path("hired");
          default -> find(json.path("candidatesByStatus"), "status", row.get("key")).path("candidates");
        };
        assertThat(new BigDecimal(row.get("value"))).as(row.toString()).isEqualByComparingTo(value.decimalValue());
      }

      String page = page(QUARTER_QUERY);
      assertThat(pageRow(page, "recruitment-table", "data-key=\"hired\"")).containsExactly("Ansat", "2");
      assertThat(pageRow(page, "recruitment-table", "data-key=\"percentOfTarget\"")).containsExactly("Procent af målet", "0,4 %");
      assertThat(pageRow(page, "recruitment-table", "data-key=\"education-SSA\""))
          .containsExactly("Ansat: Social- og sundhedsassistent (SSA)", "2");
      assertThat(chart(page, "recruitment-target")).contains(">2 af 500 (0,4 %)</text>");
    } finally {
      emptyRecruitmentTables();
    }
  }

  // --- HTTP ------------------------------------------------------------------------------------

  private HttpClient manager() {
    return new HttpClient(http, "report-manager", "manager-pw");
  }

  private TestRestTemplate asManager() {
    return http.withBasicAuth("report-manager", "manager-pw");
  }

  private HttpStatus status(String user, String password, String path) {
    TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
    return HttpStatus.valueOf(client.getForEntity(path + "?" + QUARTER_QUERY, String.class).getStatusCode().value());
  }

  private String page(String query) {
    ResponseEntity<String> page = asManager().getForEntity("/reports?" + query, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    return page.getBody();
  }

  /**
   * Downloads the report's CSV, checks its name, header and (if given) its lines, parses it and checks
   * every value against the same report's JSON, row by row.
   */
  private List<Map<String, String>> csvMatchingJson(String report, String query, String fileName, String header,
      String... lines) {
    ResponseEntity<String> csv = asManager().getForEntity("/api/reports/" + report + ".csv?" + query, String.class);
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    if (fileName != null) {
      assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo(fileName);
    }
    if (header != null) {
      assertThat(csv.getBody().lines().toList()).containsExactly(concat(List.of(header), List.of(lines)).toArray(String[]::new));
    }
    List<Map<String, String>> rows = parse(csv.getBody());
    JsonNode json = manager().get("/api/reports/" + report + "?" + query).getBody().path("rows");
    assertThat(rows).hasSize(json.size());
    for (int i = 0; i < rows.size(); i++) {
      for (Map.Entry<String, String> column : rows.get(i).entrySet()) {
        JsonNode value = json.get(i).path(column.getKey());
        String described = report + " row " + i + " " + column.getKey();
        assertThat(value.isMissingNode()).as(described).isFalse();
        if (value.isNull()) {
          assertThat(column.getValue()).as(described).isEmpty();
        } else if (value.isNumber()) {
          assertThat(new BigDecimal(column.getValue())).as(described).isEqualByComparingTo(value.decimalValue());
        } else {
          assertThat(column.getValue()).as(described).isEqualTo(value.asText());
        }
      }
    }
    return rows;
  }

  private static List<Map<String, String>> parse(String csv) {
    try (MappingIterator<Map<String, String>> rows = CSV.readerFor(Map.class).with(CsvSchema.emptySchema().withHeader())
        .readValues(csv)) {
      return rows.readAll();
    } catch (IOException e) {
      throw new AssertionError("The CSV does not parse: " + csv, e);
    }
  }

  // --- the page --------------------------------------------------------------------------------

  /** The texts of the cells of the one row of the table whose attributes contain all of these. */
  private static List<String> pageRow(String html, String tableId, String... attributes) {
    int start = html.indexOf("<table id=\"" + tableId + "\"");
    assertThat(start).as("table " + tableId).isNotNegative();
    String table = html.substring(start, html.indexOf("</table>", start));
    Matcher rows = Pattern.compile("<tr([^>]*)>(.*?)</tr>", Pattern.DOTALL).matcher(table);
    List<List<String>> found = new ArrayList<>();
    while (rows.find()) {
      if (Arrays.stream(attributes).allMatch(rows.group(1)::contains)) {
        Matcher cells = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(rows.group(2));
        List<String> texts = new ArrayList<>();
        while (cells.find()) {
          texts.add(unescape(cells.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").trim()));
        }
        found.add(texts);
      }
    }
    assertThat(found).as(tableId + " rows with " + List.of(attributes)).hasSize(1);
    return found.get(0);
  }

  /** The SVG of one chart on the page. */
  private static String chart(String html, String name) {
    int start = html.indexOf("data-chart=\"" + name + "\"");
    assertThat(start).as("chart " + name).isNotNegative();
    int svg = html.indexOf("<svg", start);
    return html.substring(svg, html.indexOf("</svg>", svg) + "</svg>".length());
  }

  private static String unescape(String text) {
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
  }

  private static String month(String isoMonth) {
    return DateTimeFormatter.ofPattern("MMM yyyy", DANISH).format(YearMonth.parse(isoMonth));
  }

  private static String time(String isoInstant) {
    return DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(EngineTime.ZONE).format(Instant.parse(isoInstant));
  }

  private static String decimal(String value, int decimals) {
    DecimalFormat format = new DecimalFormat("0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(DANISH));
    return format.format(new BigDecimal(value));
  }

  private static String amount(String value) {
    return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(DANISH)).format(new BigDecimal(value));
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode element : array) {
      if (element.path(field).asText().equals(value)) {
        return element;
      }
    }
    throw new AssertionError("No element with " + field + " " + value + " in " + array);
  }

  private static <T> List<T> concat(List<T> first, List<T> second) {
    List<T> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }

  // --- recruitment -----------------------------------------------------------------------------

  /** Refers a candidate and takes them through information meeting, pre-course and admission to the interview. */
  private Candidate hireOrNot(String interviewOutcome) {
    Candidate candidate = recruitment.refer(new ReferralRequest("Sara Kandidat", LocalDate.of(1990, 4, 2), "sara@example.dk",
        null, "Jobcenter Odense", null), "report-caseworker");
    runDueJobs();
    completeCandidateTask(candidate, "BookInformationMeeting", withVariables("informationMeetingOn", "2021-03-10"));
    completeCandidateTask(candidate, "RecordMeetingAttendance", withVariables("meetingAttended", true));
    completeCandidateTask(candidate, "AgreePreCourse", withVariables("education", "SSA", "preCourseStart", "2021-03-15",
        "preCourseEnd", "2021-04-09", "preCourseContent", "Smagsprøve på skole og plejecenter"));
    completeCandidateTask(candidate, "RecordPreCourseCompletion", withVariables("preCourseCompletedOn", "2021-04-09"));
    completeCandidateTask(candidate, "ApplyForAdmission", withVariables("intakeId", "ssa-2021-08"));
    completeCandidateTask(candidate, "HoldHiringInterview", withVariables("interviewOutcome", interviewOutcome));
    return candidate;
  }

  private void completeCandidateTask(Candidate candidate, String taskKey, Map<String, Object> form) {
    Task task = taskService.createTaskQuery().processInstanceBusinessKey(candidate.getCandidateNumber())
        .taskDefinitionKey(taskKey).singleResult();
    assertThat(task).as(taskKey).isNotNull();
    taskService.complete(task.getId(), form);
    runDueJobs();
  }

  /** Other tests' candidates share the database; the progress counts every candidate. */
  private void emptyRecruitmentTables() {
    recruitmentEvents.deleteAllInBatch();
    placements.deleteAllInBatch();
    candidates.deleteAllInBatch();
  }
}

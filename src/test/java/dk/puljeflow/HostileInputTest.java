package dk.puljeflow;

import static dk.puljeflow.portal.PublicPages.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.link.LinkPurpose;
import dk.puljeflow.link.PersonalLinks;
import dk.puljeflow.portal.PublicPages;
import dk.puljeflow.portal.PublicPages.Page;
import dk.puljeflow.portal.PublicPages.Upload;
import dk.puljeflow.portal.TokenGuard;
import dk.puljeflow.recruitment.Candidate;
import dk.puljeflow.recruitment.RecruitmentService;
import dk.puljeflow.recruitment.ReferralRequest;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import dk.puljeflow.signature.SignerRole;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile input, one named case per row, through every way in: the application's API, Tasklist and
 * the engine REST API, and the public pages behind personal links. Each is refused with its 4xx and a
 * message naming the field or the problem, never a stack trace or an exception's name, and leaves
 * every table as it was: Puljeflow's own tables and the engine's runtime and history tables are
 * fingerprinted row by row before and after, and the number of process instances is compared.
 *
 * <p>The engine REST API's error body names its error type ({@code "type": "AuthorizationException"})
 * as Camunda documents it; only that field may carry an exception's name.
 */
class HostileInputTest extends ProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final String CASEWORKER_A = "hostile-cw-a";
  private static final String CASEWORKER_B = "hostile-cw-b";
  private static final String PASSWORD = "hostile-pw";
  private static final String FINANCE = "hostile-finance";
  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "test-admin-password";
  private static final byte[] NOT_A_PDF = "MZ\u0090 an executable".getBytes(StandardCharsets.ISO_8859_1);

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired PersonalLinks links;
  @Autowired TokenGuard guard;
  @Autowired RecruitmentService recruitment;
  @Autowired JdbcTemplate jdbc;

  PublicPages pages;

  @BeforeEach
  void usersAndBrowser() {
    // Both handle every pool: the refusal tested is the assignee rule, not the pool's group.
    identity.ensureUser(CASEWORKER_A, PASSWORD, "Anne", "Sagsbehandler", null, CASEWORKER_OF_EVERY_POOL);
    identity.ensureUser(CASEWORKER_B, PASSWORD, "Bo", "Sagsbehandler", null, CASEWORKER_OF_EVERY_POOL);
    identity.ensureUser(FINANCE, PASSWORD, "Frida", "Økonomi", Groups.FINANCE);
    for (String signer : List.of("applicant", "nearestmanager", "unionrep")) {
      // The password the other tests give the demo's signer accounts: whoever runs first creates them.
      identity.ensureUser(signer, signer + "-pw", signer, "Signer", Groups.SIGNER);
    }
    pages = new PublicPages(port);
    guard.release("127.0.0.1");
  }

  // --- the suite --------------------------------------------------------------------------------

  /** One bad input: its name, the status it must get, what the answer must say, and how to send it. */
  record Hostile(String name, int status, List<String> says, Attack attack) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** Prepares what the input needs (a case, a task, a link) and returns the request that sends it. */
  @FunctionalInterface
  interface Attack {
    Supplier<Answer> prepare(HostileInputTest world);
  }

  /** What came back; {@code engine} for the engine REST API, whose body names its error type. */
  record Answer(int status, String body, boolean engine) {

    /** The body as a person or a client program reads it, without the engine's documented "type" field. */
    String readable() {
      return engine ? body.replaceAll("\"type\"\\s*:\\s*\"[A-Za-z]*\"", "") : body;
    }
  }

  static Stream<Hostile> hostileInputs() {
    return Stream.of(
        // --- POST /api/applications: fields ---
        bad("oversized applicant name (201 characters)", 400, List.of("applicantName", "size must be between 0 and 200"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications", w.application(json -> json.put("applicantName", "A".repeat(201))))),
        bad("oversized activity (4001 characters)", 400, List.of("activity", "size must be between 0 and 4000"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications", w.application(json -> json.put("activity", "x".repeat(4001))))),
        bad("script tag in the applicant's name", 400, List.of("applicantName", "no < or > (HTML or script)"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications",
                w.application(json -> json.put("applicantName", "<script>alert('x')</script>")))),
        bad("HTML with an event handler in the workplace", 400, List.of("workplaceName", "no < or >"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications",
                w.application(json -> json.put("workplaceName", "Odense <img src=x onerror=alert(1)>")))),
        bad("NUL control character in the activity", 400, List.of("activity", "control characters"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications", w.application(json -> json.put("activity", "Kursus\u0000")))),
        bad("SQL in the pool id", 400, List.of("poolId", "unknown pool"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications",
                w.application(json -> json.put("poolId", "tryghedspuljen' OR '1'='1")))),
        bad("SQL in a signer's user id", 400, List.of("applicantUserId", "must be a user id"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications",
                w.application(json -> json.put("applicantUserId", "x'; DROP TABLE grant_application; --")))),
        bad("unknown enum value in the scheme details", 400, List.of("details.activityCategory", "must be COMPETENCE_DEVELOPMENT"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications",
                w.application(json -> json.with("details").put("activityCategory", "HOLIDAY")))),
        bad("negative requested amount", 400, List.of("requestedAmount", "must be greater than 0"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications", w.application(json -> json.put("requestedAmount", -500)))),
        bad("huge requested amount (10^20)", 400, List.of("requestedAmount", "numeric value out of bounds"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications",
                w.application(json -> json.put("requestedAmount", new BigDecimal("1E+20"))))),
        bad("amount in thousandths of a krone", 400, List.of("requestedAmount", "numeric value out of bounds"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications",
                w.application(json -> json.put("requestedAmount", new BigDecimal("100.125"))))),
        bad("amount as text", 400, List.of("requestedAmount", "must be a number"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications", w.application(json -> json.put("requestedAmount", "lots")))),
        bad("buy-out hours beyond any integer", 400, List.of("buyoutHours"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications", w.application(json -> json.put("buyoutHours", 99999999999999L)))),
        bad("project starting in 1900", 400, List.of("projectStart", "must be between"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications", w.application(json -> json.put("projectStart", "1900-01-01")))),
        bad("project ending in 9999", 400, List.of("projectEnd", "must be between"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications", w.application(json -> json.put("projectEnd", "9999-12-31")))),
        bad("a date that does not exist (30 February)", 400, List.of("projectStart", "must be a date (YYYY-MM-DD)"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications", w.application(json -> json.put("projectStart", "2027-02-30")))),
        bad("unknown field in the body", 400, List.of("poolID", "is not a field of this request"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications", w.application(json -> json.put("poolID", "tryghedspuljen")))),
        // --- POST /api/applications: the request itself ---
        bad("malformed JSON", 400, List.of("not valid JSON"),
            w -> w.apiRaw(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.APPLICATION_JSON,
                "{\"poolId\": \"tryghedspuljen\", \"applicantName\": ", Map.of())),
        bad("a JSON array instead of an application", 400, List.of("must be a JSON object"),
            w -> w.apiRaw(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.APPLICATION_JSON, "[1, 2, 3]", Map.of())),
        bad("no body at all", 400, List.of("JSON request body is required"),
            w -> w.apiRaw(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.APPLICATION_JSON, null, Map.of())),
        bad("wrong content type (text/plain)", 415, List.of("text/plain", "is not supported", "application/json"),
            w -> w.apiRaw(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.TEXT_PLAIN,
                w.application(json -> { }).toString(), Map.of())),
        bad("a web form posted to the API", 415, List.of("not supported", "application/json"),
            w -> w.apiRaw(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.APPLICATION_FORM_URLENCODED,
                "poolId=tryghedspuljen&applicantName=Anna", Map.of())),
        bad("Idempotency-Key reused for a different application", 422, List.of("Idempotency-Key", "with a different body"),
            w -> {
              String key = UUID.randomUUID().toString();
              ResponseEntity<String> first = w.send(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.APPLICATION_JSON,
                  w.application(json -> { }).toString(), Map.of("Idempotency-Key", key));
              assertThat(first.getStatusCode().value()).isEqualTo(201);
              return w.apiRaw(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.APPLICATION_JSON,
                  w.application(json -> json.put("requestedAmount", 9000)).toString(), Map.of("Idempotency-Key", key));
            }),
        bad("Idempotency-Key with markup", 400, List.of("Idempotency-Key", "letters, digits"),
            w -> w.apiRaw(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.APPLICATION_JSON,
                w.application(json -> { }).toString(), Map.of("Idempotency-Key", "<script>"))),
        // --- other application endpoints ---
        bad("unknown status in the case search", 400, List.of("status", "must be one of", "AWAITING_DECISION"),
            w -> w.apiGet(CASEWORKER_A, "/api/applications?status=FOO")),
        bad("withdrawing a case already withdrawn", 409, List.of("already WITHDRAWN"),
            w -> {
              GrantApplication withdrawn = w.awaitingSignatures();
              w.applications.withdraw(withdrawn.getApplicationNumber(), "Nyt job");
              w.runDueJobs();
              return w.apiPost(CASEWORKER_A, "/api/applications/" + withdrawn.getApplicationNumber() + "/withdraw",
                  Map.of("reason", "igen"));
            }),
        bad("withdrawal reason of 1001 characters", 400, List.of("reason", "size must be between 0 and 1000"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications/" + w.awaitingSignatures().getApplicationNumber() + "/withdraw",
                Map.of("reason", "r".repeat(1001)))),
        bad("withdrawing an unknown case", 404, List.of("No application TP-2026-999999"),
            w -> w.apiPost(CASEWORKER_A, "/api/applications/TP-2026-999999/withdraw", Map.of())),
        bad("SQL in an application number", 404, List.of("No application"),
            w -> w.apiGet(CASEWORKER_A, "/api/applications/TP' OR '1'='1")),
        // --- pools ---
        bad("script in a new pool's name", 400, List.of("name", "no < or >"),
            w -> w.apiPost(ADMIN, "/api/pools", w.pool("hostile-pool-a", json -> json.put("name", "<b>Pulje</b>")))),
        bad("pool budget of 10^15", 400, List.of("budget", "numeric value out of bounds"),
            w -> w.apiRaw(ADMIN, HttpMethod.PUT, "/api/pools/tryghedspuljen", MediaType.APPLICATION_JSON,
                w.existingPool("tryghedspuljen", json -> json.put("budget", new BigDecimal("1E+15"))).toString(), Map.of())),
        bad("unknown signer role in a pool", 400, List.of("signerRoles", "must be one of", "UNION_REP"),
            w -> w.apiPost(ADMIN, "/api/pools", w.pool("hostile-pool-b", json -> json.putArray("signerRoles").add("CEO")))),
        bad("creating a pool that exists", 409, List.of("exists already"),
            w -> w.apiPost(ADMIN, "/api/pools", w.existingPool("tryghedspuljen", json -> { }))),
        bad("negative budget at year-end close", 400, List.of("nextYearBudget", "greater than or equal to 0"),
            w -> w.apiPost(ADMIN, "/api/pools/star-upskilling/year-end-close", Map.of("nextYearBudget", -1))),
        bad("unknown pool", 404, List.of("No pool no-such-pool"),
            w -> w.apiGet(ADMIN, "/api/pools/no-such-pool")),
        // --- recruitment ---
        bad("candidate born in the future", 400, List.of("birthDate", "must be a past date"),
            w -> w.apiPost(CASEWORKER_A, "/api/recruitment/candidates", w.referral(json -> json.put("birthDate", "2999-01-01")))),
        bad("candidate born in 1800", 400, List.of("birthDate", "must not be before"),
            w -> w.apiPost(CASEWORKER_A, "/api/recruitment/candidates", w.referral(json -> json.put("birthDate", "1800-01-01")))),
        bad("SQL as a phone number", 400, List.of("phone", "must be a phone number"),
            w -> w.apiPost(CASEWORKER_A, "/api/recruitment/candidates",
                w.referral(json -> json.put("phone", "1'; DELETE FROM candidate; --")))),
        bad("HTML in a candidate's name", 400, List.of("name", "no < or >"),
            w -> w.apiPost(CASEWORKER_A, "/api/recruitment/candidates",
                w.referral(json -> json.put("name", "<iframe src=//evil.example>")))),
        bad("drop-out without a reason", 400, List.of("reason", "must not be blank"),
            w -> w.apiPost(CASEWORKER_A, "/api/recruitment/candidates/" + w.candidate().getCandidateNumber() + "/drop-out",
                Map.of("reason", "  "))),
        bad("drop-out of an unknown candidate", 404, List.of("No candidate FLV-2021-999999"),
            w -> w.apiPost(CASEWORKER_A, "/api/recruitment/candidates/FLV-2021-999999/drop-out", Map.of("reason", "Flyttet"))),
        // --- finance ---
        bad("acknowledging an unknown payment instruction", 404, List.of("No payment instruction 987654321"),
            w -> w.apiPost(FINANCE, "/api/finance/payouts/987654321/ack", null)),
        bad("payment instruction id that is not a number", 400, List.of("id", "must be a whole number"),
            w -> w.apiPost(FINANCE, "/api/finance/payouts/abc/ack", null)),
        bad("unknown payout status filter", 400, List.of("status", "must be one of PENDING, ACKNOWLEDGED"),
            w -> w.apiGet(FINANCE, "/api/finance/payouts?status=PAID_TWICE")),
        // --- Tasklist and the engine REST API: the decision form ---
        bad("granted amount as text", 400, List.of("The granted amount must be a number"),
            w -> w.decide(Map.of("decision", "APPROVED", "grantedAmount", "otte tusind"))),
        bad("unknown decision value", 400, List.of("The decision must be APPROVED, REJECTED or MORE_INFO"),
            w -> w.decide(Map.of("decision", "MAYBE"))),
        bad("negative granted amount", 400, List.of("The granted amount must not be negative"),
            w -> w.decide(Map.of("decision", "APPROVED", "grantedAmount", -8000))),
        bad("decision missing", 400, List.of("The decision is required"),
            w -> w.decide(Map.of("decisionReason", "Ser fint ud"))),
        bad("decision reason of 2001 characters", 400, List.of("The reason must be at most 2000 characters"),
            w -> w.decide(Map.of("decision", "REJECTED", "decisionReason", "n".repeat(2001)))),
        bad("script in the decision reason", 400, List.of("The reason must be plain text"),
            w -> w.decide(Map.of("decision", "REJECTED", "decisionReason", "Afvist <script>document.location='//x'</script>"))),
        bad("typed variable that does not convert", 400, List.of("Cannot convert value 'abc' of type 'Integer'"),
            w -> {
              String taskId = w.claimedDecision(CASEWORKER_A);
              ObjectNode body = HttpClient.formVariables(Map.of("decision", "APPROVED"));
              body.with("variables").putObject("grantedAmount").put("value", "abc").put("type", "Integer");
              return () -> w.engineRaw(CASEWORKER_A, "/engine-rest/task/" + taskId + "/submit-form", body.toString());
            }),
        // Camunda's own REST layer answers unreadable JSON, sometimes with Jackson's text, sometimes with an
        // empty JSON message: the wording is not ours to test. The point is the 400 and that nothing was written.
        bad("malformed JSON to the engine REST API", 400, List.of(),
            w -> {
              String taskId = w.claimedDecision(CASEWORKER_A);
              return () -> w.engineRaw(CASEWORKER_A, "/engine-rest/task/" + taskId + "/submit-form", "{\"variables\": {");
            }),
        bad("completing another caseworker's task (engine REST)", 403, List.of("assigned to " + CASEWORKER_A),
            w -> {
              String taskId = w.claimedDecision(CASEWORKER_A);
              return () -> w.engineRaw(CASEWORKER_B, "/engine-rest/task/" + taskId + "/submit-form",
                  HttpClient.formVariables(Map.of("decision", "APPROVED", "grantedAmount", 8000)).toString());
            }),
        bad("completing another caseworker's task (Tasklist)", 403, List.of("assigned to " + CASEWORKER_A),
            w -> w.inTasklist(CASEWORKER_B, w.claimedDecision(CASEWORKER_A),
                Map.of("decision", "APPROVED", "grantedAmount", 8000))),
        bad("granting more than was applied for (Tasklist)", 400, List.of("The granted amount must be at most the 8000"),
            w -> w.inTasklist(CASEWORKER_A, w.claimedDecision(CASEWORKER_A),
                Map.of("decision", "APPROVED", "grantedAmount", 80000))),
        bad("deciding a withdrawn case", 400, List.of("This task no longer exists"),
            w -> {
              String taskId = w.claimedDecision(CASEWORKER_A);
              w.applications.withdraw(w.applicationOfTask(taskId), "Nyt job");
              w.runDueJobs();
              return () -> w.engineRaw(CASEWORKER_A, "/engine-rest/task/" + taskId + "/submit-form",
                  HttpClient.formVariables(Map.of("decision", "APPROVED", "grantedAmount", 8000)).toString());
            }),
        // --- other task forms ---
        bad("signature answer that is neither SIGN nor DECLINE", 400, List.of("The answer must be SIGN or DECLINE"),
            w -> {
              String taskId = w.signatureTaskOf(w.awaitingSignatures(), "applicant");
              return () -> w.engineRaw("applicant", "/engine-rest/task/" + taskId + "/submit-form",
                  HttpClient.formVariables(Map.of("signatureAnswer", "MAYBE")).toString());
            }),
        bad("signing another signer's task", 403, List.of("assigned to applicant"),
            w -> {
              String taskId = w.signatureTaskOf(w.awaitingSignatures(), "applicant");
              return () -> w.engineRaw("nearestmanager", "/engine-rest/task/" + taskId + "/submit-form",
                  HttpClient.formVariables(Map.of("signatureAnswer", "SIGN")).toString());
            }),
        bad("start form with HTML in the applicant's name", 400, List.of("applicantName", "no < or >"),
            w -> () -> w.engineRaw(CASEWORKER_A, "/engine-rest/process-definition/key/grantApplication/submit-form",
                HttpClient.formVariables(w.startForm(Map.of("applicantName", "<b>Anna</b>"))).toString())),
        bad("payout report with costs of 10^20", 400, List.of("The documented costs must have at most 12 digits"),
            w -> {
              String taskId = w.reportTaskOf(w.approved(), "applicant");
              return () -> w.engineRaw("applicant", "/engine-rest/task/" + taskId + "/submit-form",
                  HttpClient.formVariables(Map.of("reportedCosts", "1E+20")).toString());
            }),
        bad("information meeting booked for the year 9999", 400, List.of("must be between"),
            w -> {
              String taskId = w.taskOf(w.candidate().getCandidateNumber(), "BookInformationMeeting");
              return () -> w.engineRaw(CASEWORKER_A, "/engine-rest/task/" + taskId + "/submit-form",
                  HttpClient.formVariables(Map.of("informationMeetingOn", "9999-12-31")).toString());
            }),
        // --- the public pages ---
        bad("apply page: activity of 4001 characters", 400, List.of("må højst være 4000 tegn"),
            w -> w.applyOnPage(form -> form.put("activity", "a".repeat(4001)))),
        bad("apply page: HTML in the workplace", 400, List.of("skal være almindelig tekst uden &lt; og &gt;"),
            w -> w.applyOnPage(form -> form.put("workplaceName", "<a href=//evil.example>Odense</a>"))),
        bad("apply page: negative amount", 400, List.of("skal være større end 0"),
            w -> w.applyOnPage(form -> form.put("requestedAmount", "-8000"))),
        bad("apply page: project starting in the year 3000", 400, List.of("skal ligge mellem"),
            w -> w.applyOnPage(form -> form.put("projectStart", "3000-01-01"))),
        bad("apply page: unknown pool", 404, List.of("Puljen findes ikke"),
            w -> () -> page(w.pages.get("/ansoeg/no-such-pool"))),
        bad("signature link used a second time", 410, List.of("Linket er allerede brugt"),
            w -> {
              String link = w.usedSignLink();
              return () -> page(w.pages.get(link));
            }),
        bad("signature link posted a second time", 410, List.of("Linket er allerede brugt"),
            w -> {
              String link = w.usedSignLink();
              return () -> page(w.pages.post(PublicPages.pathOf(link), w.pages.get("/ansoeg/tryghedspuljen").csrf(),
                  fields("answer", "DECLINE", "reason", "Fortrudt")));
            }),
        bad("status link used as a signature link", 404, List.of("Linket findes ikke"),
            w -> {
              String status = w.linkOf(w.awaitingSignatures(), LinkPurpose.STATUS, null);
              return () -> page(w.pages.get("/link/" + tokenOf(status)));
            }),
        bad("signature link used to withdraw the case", 404, List.of("Linket findes ikke"),
            w -> {
              String sign = w.linkOf(w.awaitingSignatures(), LinkPurpose.SIGN_APPLICATION, SignerRole.UNION_REP.name());
              String csrf = w.pages.get(sign).csrf();
              return () -> page(w.pages.post("/sag/" + tokenOf(sign) + "/tilbagetraek", csrf,
                  fields("confirm", "true", "reason", "Tillidsrepræsentanten vil ikke")));
            }),
        bad("tampered token", 404, List.of("Linket findes ikke"),
            w -> {
              String token = tokenOf(w.linkOf(w.awaitingSignatures(), LinkPurpose.SIGN_APPLICATION, SignerRole.APPLICANT.name()));
              String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
              return () -> page(w.pages.get("/link/" + tampered));
            }),
        bad("sign page: unknown answer", 400, List.of("vælg, om du underskriver eller afviser"),
            w -> w.onSignPage(fields("answer", "MAYBE"))),
        bad("sign page: decline reason of 2001 characters", 400, List.of("må højst være 2000 tegn"),
            w -> w.onSignPage(fields("answer", "DECLINE", "reason", "r".repeat(2001)))),
        bad("sign page: script in the decline reason", 400, List.of("skal være almindelig tekst"),
            w -> w.onSignPage(fields("answer", "DECLINE", "reason", "<script>alert(1)</script>"))),
        bad("report page: a receipt that is not a PDF", 400, List.of("kun PDF, JPEG og PNG"),
            w -> {
              String link = w.linkOf(w.approved(), LinkPurpose.REPORT_USE, null, "1");
              String csrf = w.pages.get(link).csrf();
              return () -> page(w.pages.postMultipart(PublicPages.pathOf(link), csrf, fields("reportedCosts", "7600"),
                  List.of(new Upload("kvittering.pdf", "application/pdf", NOT_A_PDF))));
            }),
        bad("report page: negative costs", 400, List.of("skal være mellem 0 og"),
            w -> {
              String link = w.linkOf(w.approved(), LinkPurpose.REPORT_USE, null, "1");
              String csrf = w.pages.get(link).csrf();
              return () -> page(w.pages.postMultipart(PublicPages.pathOf(link), csrf, fields("reportedCosts", "-7600"), List.of()));
            }),
        bad("status page: withdrawal reason of 1001 characters", 400, List.of("må højst være 1000 tegn"),
            w -> w.onStatusPage(w.awaitingSignatures(), fields("confirm", "true", "reason", "r".repeat(1001)))),
        bad("status page: withdrawing a withdrawn case", 409, List.of("kan ikke længere trækkes tilbage"),
            w -> {
              GrantApplication application = w.awaitingSignatures();
              String status = w.linkOf(application, LinkPurpose.STATUS, null);
              String csrf = w.pages.get(status).csrf();
              w.applications.withdraw(application.getApplicationNumber(), "Nyt job");
              w.runDueJobs();
              return () -> page(w.pages.post(PublicPages.pathOf(status) + "/tilbagetraek", csrf, fields("confirm", "true")));
            }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void isRefusedWithAMessageAndWritesNothing(Hostile input) {
    Supplier<Answer> send = input.attack().prepare(this);
    Map<String, String> tablesBefore = tables();
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();

    Answer answer = send.get();

    assertThat(answer.status()).as(input.name() + ": " + answer.body()).isEqualTo(input.status());
    if (!input.says().isEmpty()) {
      assertThat(answer.body()).as(input.name()).contains(input.says());
    }
    assertThat(answer.readable()).as(input.name() + ": no exception or stack trace")
        .doesNotContain("Exception", "\tat ", "Caused by", ".java:");
    assertThat(runtimeService.createProcessInstanceQuery().count()).as("process instances").isEqualTo(instancesBefore);
    assertThat(tables()).as(input.name() + ": every table as it was").isEqualTo(tablesBefore);
  }

  @Test
  void theSuiteHasAtLeastThirtyDistinctHostileInputs() {
    List<String> names = hostileInputs().map(Hostile::name).toList();
    assertThat(names).hasSizeGreaterThanOrEqualTo(30).doesNotHaveDuplicates();
  }

  /** The control: the fingerprints do see a write, here a signature by a personal link. */
  @Test
  void theTableFingerprintsSeeAnUpdate() {
    String link = linkOf(awaitingSignatures(), LinkPurpose.SIGN_APPLICATION, SignerRole.APPLICANT.name());
    String csrf = pages.get(link).csrf();
    Map<String, String> before = tables();

    assertThat(pages.post(PublicPages.pathOf(link), csrf, fields("answer", "SIGN")).status()).isEqualTo(200);

    Map<String, String> after = tables();
    assertThat(after).hasSameSizeAs(before);
    assertThat(after.entrySet()).filteredOn(table -> !table.getValue().equals(before.get(table.getKey())))
        .extracting(table -> table.getKey().toLowerCase(Locale.ROOT))
        .contains("personal_link", "signature", "case_event", "act_ru_task");
  }

  // --- duplicate submission --------------------------------------------------------------------

  @Test
  void aRepeatedSubmissionWithItsIdempotencyKeyGetsTheFirstApplicationAndCreatesNothing() {
    String key = UUID.randomUUID().toString();
    String body = application(json -> { }).toString();
    ResponseEntity<String> first = send(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.APPLICATION_JSON, body,
        Map.of("Idempotency-Key", key));
    assertThat(first.getStatusCode().value()).isEqualTo(201);
    String number = read(first.getBody()).path("applicationNumber").asText();
    Map<String, String> tablesBefore = tables();
    long instancesBefore = runtimeService.createProcessInstanceQuery().count();

    ResponseEntity<String> again = send(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.APPLICATION_JSON, body,
        Map.of("Idempotency-Key", key));

    assertThat(again.getStatusCode().value()).isEqualTo(200);
    assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.getHeaders().getLocation()).hasPath("/api/applications/" + number);
    assertThat(read(again.getBody()).path("applicationNumber").asText()).isEqualTo(number);
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(tables()).isEqualTo(tablesBefore);

    ResponseEntity<String> otherKey = send(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.APPLICATION_JSON, body,
        Map.of("Idempotency-Key", UUID.randomUUID().toString()));
    assertThat(otherKey.getStatusCode().value()).as("a new key is a new application").isEqualTo(201);
    assertThat(read(otherKey.getBody()).path("applicationNumber").asText()).isNotEqualTo(number);
  }

  @Test
  void twoSimultaneousRequestsWithOneKeyCreateOneApplication() throws Exception {
    String key = UUID.randomUUID().toString();
    String body = application(json -> { }).toString();
    long applicationsBefore = applicationRepository.count();
    long casesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey("grantApplication").count();
    CountDownLatch start = new CountDownLatch(1);
    Callable<ResponseEntity<String>> submit = () -> {
      start.await();
      return send(CASEWORKER_A, HttpMethod.POST, "/api/applications", MediaType.APPLICATION_JSON, body,
          Map.of("Idempotency-Key", key));
    };
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
      for (int client = 0; client < 4; client++) {
        answers.add(clients.submit(submit));
      }
      start.countDown();
      List<String> numbers = new ArrayList<>();
      List<Integer> statuses = new ArrayList<>();
      for (Future<ResponseEntity<String>> answer : answers) {
        ResponseEntity<String> response = answer.get();
        statuses.add(response.getStatusCode().value());
        numbers.add(read(response.getBody()).path("applicationNumber").asText());
      }
      assertThat(statuses).as(numbers.toString()).containsOnly(201, 200).containsOnlyOnce(201);
      assertThat(new HashSet<>(numbers)).hasSize(1);
    } finally {
      clients.shutdownNow();
    }
    assertThat(applicationRepository.count()).isEqualTo(applicationsBefore + 1);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("grantApplication").count())
        .isEqualTo(casesBefore + 1);
  }

  // --- requests ---------------------------------------------------------------------------------

  private static Hostile bad(String name, int status, List<String> says, Attack attack) {
    return new Hostile(name, status, says, attack);
  }

  /** A request as it stands; the fixture the attack needs is already in place. */
  private Supplier<Answer> apiPost(String user, String path, Object body) {
    String json = body == null ? null : body instanceof String text ? text : JSON.valueToTree(body).toString();
    return apiRaw(user, HttpMethod.POST, path, MediaType.APPLICATION_JSON, json, Map.of());
  }

  private Supplier<Answer> apiGet(String user, String path) {
    return apiRaw(user, HttpMethod.GET, path, null, null, Map.of());
  }

  private Supplier<Answer> apiRaw(String user, HttpMethod method, String path, MediaType type, String body,
      Map<String, String> headers) {
    return () -> {
      ResponseEntity<String> answer = send(user, method, path, type, body, headers);
      return new Answer(answer.getStatusCode().value(), String.valueOf(answer.getBody()), false);
    };
  }

  private Answer engineRaw(String user, String path, String body) {
    ResponseEntity<String> answer = send(user, HttpMethod.POST, path, MediaType.APPLICATION_JSON, body, Map.of());
    return new Answer(answer.getStatusCode().value(), String.valueOf(answer.getBody()), true);
  }

  private ResponseEntity<String> send(String user, HttpMethod method, String path, MediaType type, String body,
      Map<String, String> extraHeaders) {
    HttpHeaders headers = new HttpHeaders();
    if (type != null) {
      headers.setContentType(type);
    }
    headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    extraHeaders.forEach(headers::set);
    String password = switch (user) {
      case ADMIN -> ADMIN_PASSWORD;
      case "applicant", "nearestmanager", "unionrep" -> user + "-pw";
      default -> PASSWORD;
    };
    return http.withBasicAuth(user, password).exchange(path, method, new HttpEntity<>(body, headers), String.class);
  }

  private static Answer page(Page page) {
    return new Answer(page.status(), page.body(), false);
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new AssertionError("Not JSON: " + json, e);
    }
  }

  // --- bodies -----------------------------------------------------------------------------------

  private ObjectNode application(Consumer<ObjectNode> change) {
    ObjectNode json = JSON.valueToTree(request(TRYGHED));
    change.accept(json);
    return json;
  }

  private ObjectNode referral(Consumer<ObjectNode> change) {
    ObjectNode json = JSON.valueToTree(new ReferralRequest("Sara Kandidat", LocalDate.of(1990, 4, 2), "sara@example.dk",
        "+45 20 30 40 50", "Jobcenter Odense", null));
    change.accept(json);
    return json;
  }

  private ObjectNode pool(String id, Consumer<ObjectNode> change) {
    ObjectNode json = existingPool(TRYGHED, j -> { });
    json.put("id", id).put("numberPrefix", "HX");
    change.accept(json);
    return json;
  }

  private ObjectNode existingPool(String id, Consumer<ObjectNode> change) {
    ObjectNode json = (ObjectNode) read(send(ADMIN, HttpMethod.GET, "/api/pools", null, null, Map.of()).getBody()).findParents("id")
        .stream().filter(pool -> pool.path("id").asText().equals(id)).findFirst().orElseThrow().deepCopy();
    change.accept(json);
    return json;
  }

  private Map<String, Object> startForm(Map<String, Object> overrides) {
    ApplicationRequest request = request(TRYGHED);
    Map<String, Object> form = new HashMap<>(Map.of("poolId", TRYGHED, "applicantName", request.applicantName(),
        "applicantEmail", request.applicantEmail(), "workplaceName", request.workplaceName(),
        "nearestManagerName", request.nearestManagerName(), "nearestManagerEmail", request.nearestManagerEmail(),
        "unionRepName", request.unionRepName(), "unionRepEmail", request.unionRepEmail(), "activity", request.activity(),
        "requestedAmount", 9000));
    form.put("projectStart", request.projectStart().toString());
    form.put("projectEnd", request.projectEnd().toString());
    form.put("leavingDate", request.leavingDate().toString());
    form.put("activityCategory", "CAREER_SPARRING");
    form.putAll(overrides);
    return form;
  }

  // --- fixtures ---------------------------------------------------------------------------------

  private GrantApplication awaitingSignatures() {
    GrantApplication application = submit(TRYGHED);
    runDueJobs();
    return application;
  }

  private GrantApplication approved() {
    GrantApplication application = awaitingSignatures();
    signAll(application);
    approve(application, "8000");
    return application;
  }

  /** The decision task of a fully signed case, claimed by this caseworker. */
  private String claimedDecision(String caseworker) {
    GrantApplication application = awaitingSignatures();
    signAll(application);
    String taskId = task(application, "AssessApplication").getId();
    taskService.claim(taskId, caseworker);
    return taskId;
  }

  private String applicationOfTask(String taskId) {
    String processInstanceId = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
    return runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult().getBusinessKey();
  }

  private Supplier<Answer> decide(Map<String, Object> form) {
    String taskId = claimedDecision(CASEWORKER_A);
    return () -> engineRaw(CASEWORKER_A, "/engine-rest/task/" + taskId + "/submit-form",
        HttpClient.formVariables(form).toString());
  }

  /** A form submitted in Tasklist: the webapp's own engine API, with the user's session and CSRF token. */
  private Supplier<Answer> inTasklist(String user, String taskId, Map<String, Object> form) {
    WebappSession tasklist = WebappSession.login(http, "tasklist", user, PASSWORD);
    return () -> {
      ResponseEntity<String> answer = tasklist.exchange(HttpMethod.POST,
          "/camunda/api/engine/engine/default/task/" + taskId + "/submit-form", HttpClient.formVariables(form));
      return new Answer(answer.getStatusCode().value(), String.valueOf(answer.getBody()), true);
    };
  }

  private String signatureTaskOf(GrantApplication application, String signer) {
    return taskService.createTaskQuery().processInstanceBusinessKey(application.getApplicationNumber())
        .taskDefinitionKey("SignApplication").taskAssignee(signer).singleResult().getId();
  }

  private String reportTaskOf(GrantApplication application, String assignee) {
    return taskService.createTaskQuery().processInstanceBusinessKey(application.getApplicationNumber())
        .taskDefinitionKey("ReportUse").taskAssignee(assignee).singleResult().getId();
  }

  private String taskOf(String businessKey, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(businessKey).taskDefinitionKey(taskKey).singleResult()
        .getId();
  }

  private Candidate candidate() {
    Candidate candidate = recruitment.refer(new ReferralRequest("Sara Kandidat", LocalDate.of(1990, 4, 2), "sara@example.dk",
        "+45 20 30 40 50", "Jobcenter Odense", null), CASEWORKER_A);
    runDueJobs();
    return candidate;
  }

  private String linkOf(GrantApplication application, LinkPurpose purpose, String party) {
    return linkOf(application, purpose, party, null);
  }

  private String linkOf(GrantApplication application, LinkPurpose purpose, String party, String occurrence) {
    return links.addressOf(links.find(application.getId(), purpose, party, occurrence).orElseThrow());
  }

  /** A signer's link that has been used to sign. */
  private String usedSignLink() {
    String link = linkOf(awaitingSignatures(), LinkPurpose.SIGN_APPLICATION, SignerRole.APPLICANT.name());
    Page signed = pages.post(PublicPages.pathOf(link), pages.get(link).csrf(), fields("answer", "SIGN"));
    assertThat(signed.status()).isEqualTo(200);
    runDueJobs();
    return link;
  }

  private Supplier<Answer> applyOnPage(Consumer<Map<String, String>> change) {
    String csrf = pages.get("/ansoeg/tryghedspuljen").csrf();
    LocalDate today = EngineTime.today();
    Map<String, String> form = fields("applicantName", "Anna Ansøger", "applicantEmail", "anna@example.dk",
        "workplaceName", "Odense Kommune", "nearestManagerName", "Niels Nærmeste", "nearestManagerEmail", "niels@kommune.dk",
        "unionRepName", "Tina Tillid", "unionRepEmail", "tina@foa.dk", "activity", "Karrieresparring",
        "requestedAmount", "8000", "projectStart", today.plusDays(10).toString(), "projectEnd", today.plusDays(100).toString(),
        "leavingDate", today.plusDays(60).toString(), "activityCategory", "CAREER_SPARRING");
    change.accept(form);
    return () -> page(pages.post("/ansoeg/tryghedspuljen", csrf, form));
  }

  private Supplier<Answer> onSignPage(Map<String, String> form) {
    String link = linkOf(awaitingSignatures(), LinkPurpose.SIGN_APPLICATION, SignerRole.UNION_REP.name());
    String csrf = pages.get(link).csrf();
    return () -> page(pages.post(PublicPages.pathOf(link), csrf, form));
  }

  private Supplier<Answer> onStatusPage(GrantApplication application, Map<String, String> form) {
    String status = linkOf(application, LinkPurpose.STATUS, null);
    String csrf = pages.get(status).csrf();
    return () -> page(pages.post(PublicPages.pathOf(status) + "/tilbagetraek", csrf, form));
  }

  private static String tokenOf(String link) {
    return link.substring(link.lastIndexOf('/') + 1);
  }

  // --- what is in the database ------------------------------------------------------------------

  /**
   * Every table of Puljeflow's (whatever its name) and the engine's runtime and history tables, each
   * with its row count and a fingerprint of its rows, so any insert, update or delete shows.
   */
  private Map<String, String> tables() {
    List<String> names = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
      List<String> found = new ArrayList<>();
      try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%",
          new String[] {"TABLE"})) {
        while (tables.next()) {
          found.add(tables.getString("TABLE_NAME"));
        }
      }
      return found;
    });
    Map<String, String> fingerprints = new TreeMap<>();
    for (String name : names) {
      String upper = name.toUpperCase(Locale.ROOT);
      boolean engine = upper.startsWith("ACT_");
      if (upper.startsWith("FLYWAY") || upper.contains("METER_LOG")
          || (engine && !upper.startsWith("ACT_RU_") && !upper.startsWith("ACT_HI_"))) {
        continue;
      }
      fingerprints.put(name, fingerprint(name));
    }
    return fingerprints;
  }

  private String fingerprint(String table) {
    List<String> rows = jdbc.query("select * from " + table, (ResultSet row, int number) -> {
      ResultSetMetaData columns = row.getMetaData();
      StringBuilder text = new StringBuilder();
      for (int column = 1; column <= columns.getColumnCount(); column++) {
        text.append(row.getString(column)).append('\u0001');
      }
      return text.toString();
    });
    List<String> sorted = new ArrayList<>(rows);
    sorted.sort(null);
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      sorted.forEach(row -> digest.update(row.getBytes(StandardCharsets.UTF_8)));
      return rows.size() + " rows, " + HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

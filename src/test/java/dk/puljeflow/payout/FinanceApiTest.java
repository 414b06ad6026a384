package dk.puljeflow.payout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The finance outbox over HTTP: list, CSV export, acknowledgement, and who may use it. */
class FinanceApiTest extends ProcessTest {

  private static final String FINANCE_USER = "finn-finance";
  private static final String FINANCE_PASSWORD = "finns-password";
  private static final String CASEWORKER_USER = "carl-caseworker";
  private static final String CASEWORKER_PASSWORD = "carls-password";

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired PaymentInstructionRepository instructions;

  @BeforeEach
  void usersExist() {
    identity.ensureUser(FINANCE_USER, FINANCE_PASSWORD, "Finn", "Finans", Groups.FINANCE);
    identity.ensureUser(CASEWORKER_USER, CASEWORKER_PASSWORD, "Carl", "Sagsbehandler", null, CASEWORKER_OF_EVERY_POOL);
  }

  @Test
  void financeListsPendingInstructionsWithApplicationNumberAndAmount() {
    GrantApplication application = paidOutCase("7000");
    PaymentInstruction instruction = instructionOf(application);

    ResponseEntity<JsonNode> response = finance().getForEntity("/api/finance/payouts?status=PENDING", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode listed = byId(response.getBody(), instruction.getId());
    assertThat(listed.get("applicationNumber").asText()).isEqualTo(application.getApplicationNumber());
    assertThat(listed.get("amount").decimalValue()).isEqualByComparingTo("7000");
    assertThat(listed.get("stage").asInt()).isEqualTo(1);
    assertThat(listed.get("currency").asText()).isEqualTo("DKK");
    assertThat(listed.get("status").asText()).isEqualTo("PENDING");
    assertThat(Instant.parse(listed.get("createdAt").asText())).isEqualTo(instruction.getCreatedAt());
    assertThat(listed.get("acknowledgedAt").isNull()).isTrue();
    assertThat(response.getBody()).allSatisfy(row -> assertThat(row.get("status").asText()).isEqualTo("PENDING"));
    // PENDING is also what finance gets when it does not say.
    assertThat(ids(finance().getForEntity("/api/finance/payouts", JsonNode.class).getBody()))
        .isEqualTo(ids(response.getBody()));
  }

  @Test
  void csvExportHasAHeaderAndOneRowPerPendingInstruction() throws IOException {
    GrantApplication first = paidOutCase("7000");
    GrantApplication second = paidOutCase("6500");

    ResponseEntity<String> response = finance().getForEntity("/api/finance/payouts.csv", String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType()).isNotNull();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    String body = response.getBody();
    assertThat(body.lines().findFirst()).contains(
        "id,applicationNumber,stage,amount,currency,status,createdAt,acknowledgedAt");
    List<Map<String, String>> rows = parseCsv(body);
    List<PaymentInstruction> pending = instructions.findByStatusOrderById(PaymentInstruction.Status.PENDING);
    assertThat(rows).hasSize(pending.size());
    assertThat(body.lines().count()).isEqualTo(pending.size() + 1L);
    assertThat(rows).extracting(row -> Long.valueOf(row.get("id")))
        .containsExactlyElementsOf(pending.stream().map(PaymentInstruction::getId).toList());
    assertRow(rows, instructionOf(first), first, "7000");
    assertRow(rows, instructionOf(second), second, "6500");
  }

  @Test
  void acknowledgedInstructionLeavesThePendingList() {
    GrantApplication application = paidOutCase("7000");
    Long id = instructionOf(application).getId();

    ResponseEntity<JsonNode> response = finance().postForEntity("/api/finance/payouts/" + id + "/ack", null, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody().get("status").asText()).isEqualTo("ACKNOWLEDGED");
    assertThat(response.getBody().get("applicationNumber").asText()).isEqualTo(application.getApplicationNumber());
    PaymentInstruction acknowledged = instructions.findById(id).orElseThrow();
    assertThat(acknowledged.getStatus()).isEqualTo(PaymentInstruction.Status.ACKNOWLEDGED);
    assertThat(acknowledged.getAcknowledgedBy()).isEqualTo(FINANCE_USER);
    assertThat(acknowledged.getAcknowledgedAt()).isNotNull();
    assertThat(Instant.parse(response.getBody().get("acknowledgedAt").asText())).isEqualTo(acknowledged.getAcknowledgedAt());

    assertThat(ids(finance().getForEntity("/api/finance/payouts?status=PENDING", JsonNode.class).getBody())).doesNotContain(id);
    assertThat(ids(finance().getForEntity("/api/finance/payouts?status=ACKNOWLEDGED", JsonNode.class).getBody())).contains(id);

    // Finance may retry: a second acknowledgement changes nothing.
    ResponseEntity<JsonNode> again = finance().postForEntity("/api/finance/payouts/" + id + "/ack", null, JsonNode.class);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(instructions.findById(id).orElseThrow().getAcknowledgedAt()).isEqualTo(acknowledged.getAcknowledgedAt());
  }

  @Test
  void acknowledgingAnUnknownInstructionIsNotFound() {
    ResponseEntity<JsonNode> response = finance().postForEntity("/api/finance/payouts/999999999/ack", null, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody().get("detail").asText()).isEqualTo("No payment instruction 999999999");
  }

  @Test
  void anonymousCallersAreUnauthorized() {
    Long id = instructionOf(paidOutCase("7000")).getId();

    assertThat(http.getForEntity("/api/finance/payouts?status=PENDING", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/finance/payouts.csv", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.postForEntity("/api/finance/payouts/" + id + "/ack", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(instructions.findById(id).orElseThrow().getStatus()).isEqualTo(PaymentInstruction.Status.PENDING);
  }

  @Test
  void caseworkersAreForbidden() {
    Long id = instructionOf(paidOutCase("7000")).getId();
    TestRestTemplate caseworker = http.withBasicAuth(CASEWORKER_USER, CASEWORKER_PASSWORD);

    assertThat(caseworker.getForEntity("/api/finance/payouts?status=PENDING", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseworker.getForEntity("/api/finance/payouts.csv", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseworker.postForEntity("/api/finance/payouts/" + id + "/ack", null, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(instructions.findById(id).orElseThrow().getStatus()).isEqualTo(PaymentInstruction.Status.PENDING);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private TestRestTemplate finance() {
    return http.withBasicAuth(FINANCE_USER, FINANCE_PASSWORD);
  }

  /** A Tryghedspuljen case through its single payout stage: one PENDING instruction for finance. */
  private GrantApplication paidOutCase(String amount) {
    GrantApplication application = submit(TRYGHED);
    signAll(application);
    approve(application, "8000");
    reportAndPay(application, amount, amount);
    return application;
  }

  private PaymentInstruction instructionOf(GrantApplication application) {
    List<PaymentInstruction> found = instructions.findByApplicationIdOrderByStage(application.getId());
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static JsonNode byId(JsonNode list, Long id) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(row -> row.get("id").asLong() == id)
        .findFirst()
        .orElseThrow(() -> new AssertionError("Instruction " + id + " not listed in " + list));
  }

  private static List<Long> ids(JsonNode list) {
    List<Long> ids = new ArrayList<>();
    list.forEach(row -> ids.add(row.get("id").asLong()));
    return ids;
  }

  private static List<Map<String, String>> parseCsv(String csv) throws IOException {
    try (MappingIterator<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader())
        .readValues(csv)) {
      return rows.readAll();
    }
  }

  private static void assertRow(List<Map<String, String>> rows, PaymentInstruction instruction, GrantApplication application,
      String amount) {
    Map<String, String> row = rows.stream()
        .filter(r -> r.get("id").equals(instruction.getId().toString()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No CSV row for instruction " + instruction.getId()));
    assertThat(row.get("applicationNumber")).isEqualTo(application.getApplicationNumber());
    assertThat(new BigDecimal(row.get("amount"))).isEqualByComparingTo(amount);
    assertThat(row.get("stage")).isEqualTo("1");
    assertThat(row.get("currency")).isEqualTo("DKK");
    assertThat(row.get("status")).isEqualTo("PENDING");
    assertThat(Instant.parse(row.get("createdAt"))).isEqualTo(instruction.getCreatedAt());
    assertThat(row.get("acknowledgedAt")).isEmpty();
  }
}

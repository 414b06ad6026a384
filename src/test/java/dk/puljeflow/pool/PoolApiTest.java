package dk.puljeflow.pool;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dk.puljeflow.EngineTime;
import dk.puljeflow.HttpClient;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** /api/pools: administrators manage pools; the seed file never overwrites their changes. */
class PoolApiTest extends ProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;
  @Autowired PoolSeeder seeder;
  @Autowired PoolRepository pools;
  @Autowired BudgetLedger ledger;

  HttpClient admin;
  HttpClient caseworker;

  @BeforeEach
  void users() {
    admin = new HttpClient(http, "admin", "test-admin-password");
    identity.ensureUser("pool-caseworker", "pw-caseworker", "Karin", "Pool", Groups.CASEWORKER);
    caseworker = new HttpClient(http, "pool-caseworker", "pw-caseworker");
  }

  @Test
  void theThreeSeedSchemesAreConfigured() {
    JsonNode list = admin.get("/api/pools").getBody();
    assertThat(list.findValuesAsText("id")).contains("tryghedspuljen", "star-upskilling", "kl-ds-mentor");

    JsonNode tryghed = admin.get("/api/pools/tryghedspuljen").getBody();
    assertThat(tryghed.path("definition").path("capPerApplication").decimalValue()).isEqualByComparingTo("10000");
    assertThat(tryghed.path("definition").path("signerRoles")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder("APPLICANT", "NEAREST_MANAGER", "UNION_REP");
    assertThat(tryghed.path("definition").path("decisionDeadlineDays").asInt()).isEqualTo(14);
    assertThat(tryghed.path("available").decimalValue())
        .isEqualByComparingTo(tryghed.path("budget").decimalValue().add(tryghed.path("carryOver").decimalValue())
            .subtract(tryghed.path("reserved").decimalValue()).subtract(tryghed.path("paid").decimalValue()));

    JsonNode mentor = admin.get("/api/pools/kl-ds-mentor").getBody().path("definition");
    assertThat(mentor.path("usesContract").asBoolean()).isTrue();
    assertThat(mentor.path("payoutStages").asInt()).isEqualTo(2);
    assertThat(mentor.path("signerRoles")).extracting(JsonNode::asText).containsExactlyInAnyOrder("NEAREST_MANAGER", "UNION_REP");

    JsonNode star = admin.get("/api/pools/star-upskilling").getBody();
    assertThat(star.path("carryOver").decimalValue()).isEqualByComparingTo("4000000");
  }

  /** The test profile, like the demo, opens every seed window well around today, so moving the clock on
   *  by weeks never closes a pool under a test, even when a real window ends this month. */
  @Test
  void everySeedPoolStaysOpenForMonthsUnderTheTestProfile() {
    LocalDate today = EngineTime.today();
    assertThat(pools.findAllById(List.of("tryghedspuljen", "star-upskilling", "kl-ds-mentor", "tsl-omstallning")))
        .hasSize(4)
        .allSatisfy(pool -> assertThat(pool.isOpenOn(today.minusWeeks(2)) && pool.isOpenOn(today.plusMonths(3)))
            .as("%s open %s to %s", pool.getId(), pool.getOpensOn(), pool.getClosesOn()).isTrue());
  }

  @Test
  void adminCreatesAndChangesAPoolAndTheSeedLeavesTheChangeAlone() {
    ObjectNode pool = definition("api-pool", json -> {});
    assertThat(admin.post("/api/pools", pool).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(admin.post("/api/pools", pool).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

    ObjectNode seeded = (ObjectNode) admin.get("/api/pools/tryghedspuljen").getBody().path("definition");
    seeded.put("capPerApplication", 12000);
    ResponseEntity<JsonNode> changed = admin.exchange(HttpMethod.PUT, "/api/pools/tryghedspuljen", seeded);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    try {
      seeder.afterSingletonsInstantiated();
      assertThat(pools.findById("tryghedspuljen").orElseThrow().getCapPerApplication()).isEqualByComparingTo("12000");
    } finally {
      seeded.put("capPerApplication", 10000);
      admin.exchange(HttpMethod.PUT, "/api/pools/tryghedspuljen", seeded);
    }
  }

  @Test
  void badPoolDefinitionsAreRefusedField() {
    assertRefused(definition("bad-1", json -> json.put("budget", -1)), "budget");
    assertRefused(definition("bad-2", json -> json.put("capPerApplication", 2000000)), "capPerApplicationWithinBudget");
    assertRefused(definition("bad-3", json -> json.put("closesOn", "2025-12-31")), "closesOnAfterOpening");
    assertRefused(definition("bad-4", json -> json.put("payoutStages", 3)), "payoutStages");
    ResponseEntity<JsonNode> unknownRole = admin.post("/api/pools", definition("bad-5", json -> json.putArray("signerRoles").add("MAYOR")));
    assertThat(unknownRole.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownRole.getBody().path("errors").path("signerRoles[0]").asText())
        .isEqualTo("must be one of APPLICANT, NEAREST_MANAGER, UNION_REP");
    ResponseEntity<JsonNode> unknownStage = admin.post("/api/pools", definition("bad-6", json -> json.put("usesTimeTravel", true)));
    assertThat(unknownStage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownStage.getBody().path("errors").path("usesTimeTravel").asText()).isEqualTo("is not a field of this request");
    assertThat(pools.findAllById(List.of("bad-1", "bad-2", "bad-3", "bad-4", "bad-5", "bad-6"))).isEmpty();
  }

  @Test
  void yearEndCloseCarriesTheUnusedMoneyIntoNextYearOnce() {
    ObjectNode pool = definition("star-2031", json -> json.put("budgetYear", 2031).put("budget", 100000).put("carryOver", 5000)
        .put("opensOn", "2031-01-01").put("closesOn", "2031-12-31").put("numberPrefix", "SX")
        .put("eligibilityDecision", "eligibilityStarUpskilling"));
    assertThat(admin.post("/api/pools", pool).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ledger.reserve("star-2031", null, new java.math.BigDecimal("30000"));

    ResponseEntity<JsonNode> closed = admin.post("/api/pools/star-2031/year-end-close", java.util.Map.of("nextYearBudget", 120000));

    assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(closed.getBody().path("id").asText()).isEqualTo("star-2032");
    assertThat(closed.getBody().path("budgetYear").asInt()).isEqualTo(2032);
    assertThat(closed.getBody().path("carryOver").decimalValue()).isEqualByComparingTo("75000");
    assertThat(closed.getBody().path("opensOn").asText()).isEqualTo("2032-01-01");
    JsonNode old = admin.get("/api/pools/star-2031").getBody();
    assertThat(old.path("carriedOut").decimalValue()).isEqualByComparingTo("75000");
    assertThat(old.path("available").decimalValue()).isEqualByComparingTo("0");
    assertThat(old.path("reserved").decimalValue()).isEqualByComparingTo("30000");
    assertThat(old.path("carriedOverTo").asText()).isEqualTo("star-2032");
    assertThat(admin.get("/api/pools/star-2032").getBody().path("available").decimalValue()).isEqualByComparingTo("195000");

    assertThat(admin.post("/api/pools/star-2031/year-end-close", java.util.Map.of("nextYearBudget", 1)).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);
    assertThat(admin.get("/api/pools/star-2032").getBody().path("carryOver").decimalValue()).isEqualByComparingTo("75000");
  }

  @Test
  void onlyAdministratorsChangePools() {
    assertThat(caseworker.post("/api/pools", definition("cw-pool", json -> {})).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseworker.post("/api/pools/star-upskilling/year-end-close", java.util.Map.of("nextYearBudget", 1)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(caseworker.get("/api/pools").getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(new HttpClient(http, null, null).get("/api/pools").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private void assertRefused(ObjectNode definition, String field) {
    ResponseEntity<JsonNode> refused = admin.post("/api/pools", definition);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors").has(field)).as(refused.getBody().toString()).isTrue();
  }

  private static ObjectNode definition(String id, Consumer<ObjectNode> change) {
    ObjectNode json = JSON.createObjectNode()
        .put("id", id).put("name", "Testpulje").put("currency", "DKK").put("budgetYear", 2026)
        .put("budget", 1000000).put("carryOver", 0).put("capPerApplication", 20000)
        .put("opensOn", "2026-01-01").put("closesOn", "2026-12-31")
        .put("usesContract", false).put("payoutStages", 1).put("usesMidwayMeeting", false).put("usesFinalEvaluation", false)
        .put("caseworkerGroup", "caseworker").put("numberPrefix", "AP");
    json.putArray("signerRoles").add("APPLICANT");
    change.accept(json);
    return json;
  }
}

package dk.puljeflow.transition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dk.puljeflow.HttpClient;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The TSL API and who may use it: TSL advisers register projects and report meetings and training
 * applications, managers read; the Danish pools' caseworkers and anonymous callers get nothing. Bad input
 * gets 400 with a message per field and creates nothing; a report outside the support period is a 409.
 * The TSL pool takes no grant applications, on the API or the public pages.
 */
class TransitionApiTest extends TransitionTestSupport {

  @Autowired TestRestTemplate http;
  @Autowired IdentityBootstrap identity;

  HttpClient adviser;
  HttpClient manager;
  HttpClient caseworker;
  HttpClient anonymous;

  @BeforeEach
  void users() {
    identity.ensureUser("tsl-api-adviser", "adviser-pw", "Rut", "Rådgivare", Groups.TSL_ADVISER);
    identity.ensureUser("tsl-api-manager", "manager-pw", "Mats", "Chef", Groups.MANAGER);
    identity.ensureUser("tsl-api-caseworker", "caseworker-pw", "Karin", "Sagsbehandler", Groups.CASEWORKER);
    adviser = new HttpClient(http, "tsl-api-adviser", "adviser-pw");
    manager = new HttpClient(http, "tsl-api-manager", "manager-pw");
    caseworker = new HttpClient(http, "tsl-api-caseworker", "caseworker-pw");
    anonymous = new HttpClient(http, null, null);
  }

  @Test
  void advisersRegisterProjectsManagersReadAndNobodyElseGetsIn() {
    ResponseEntity<JsonNode> created = adviser.post("/api/transition/projects", request(person("Ulla Ulf", 30)));
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("projectNumber").asText();
    assertThat(number).matches("TSL-\\d{4}-\\d{6}");
    assertThat(created.getBody().path("status").asText()).isEqualTo("RECEIVED");
    assertThat(created.getBody().path("participants").findValuesAsText("participantNumber")).containsExactly(number + "-001");
    assertThat(created.getBody().path("events").findValuesAsText("actor")).contains("tsl-api-adviser");

    for (HttpClient reader : new HttpClient[] {adviser, manager}) {
      assertThat(reader.get("/api/transition/projects/" + number).getBody().path("employer").asText()).isEqualTo("Exempelverken AB");
      assertThat(reader.get("/api/transition/participants/" + number + "-001").getBody().path("name").asText()).isEqualTo("Ulla Ulf");
      assertThat(reader.get("/api/transition/report").getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(reader.get("/api/transition/suppliers").getStatusCode()).isEqualTo(HttpStatus.OK);
    }
    assertThat(manager.post("/api/transition/projects", request(person("Vera Vik", 30))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    for (String path : new String[] {"/api/transition/projects/" + number, "/api/transition/report", "/api/transition/suppliers"}) {
      assertThat(caseworker.get(path).getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(anonymous.get(path).getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    assertThat(caseworker.post("/api/transition/projects", request(person("Vera Vik", 30))).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    assertThat(adviser.get("/api/transition/projects/TSL-1999-000001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(adviser.get("/api/transition/participants/TSL-1999-000001-001").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    // A Danish grant application is not a transition project.
    GrantApplication tryghed = submit(TRYGHED);
    assertThat(adviser.get("/api/transition/projects/" + tryghed.getApplicationNumber()).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void invalidProjectIsRefusedFieldByFieldAndCreatesNothing() {
    long before = participants.count();
    Map<String, Object> invalid = request(person("Asa Berg", 30), person("Asa Berg", 40),
        new DismissedPerson("Bo Bäck", "inte-en-adress", TransitionTime.today()),
        new DismissedPerson("Cia Cederberg", "cia@example.se", TransitionTime.today().minusYears(1).minusDays(1)));
    invalid.put("employerName", " ");
    invalid.put("poolId", "tryghedspuljen");

    ResponseEntity<JsonNode> refused = adviser.post("/api/transition/projects", invalid);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = refused.getBody().path("errors");
    assertThat(errors.path("employerName").asText()).isEqualTo("must not be blank");
    assertThat(errors.path("persons[1].email").asText()).isEqualTo("is listed twice");
    assertThat(errors.path("persons[2].email").asText()).contains("well-formed email address");
    assertThat(errors.path("persons[3].lastDayOfEmployment").asText())
        .isEqualTo("support lasts one year after the last day of employment, and that year is over");
    assertThat(errors.path("poolId").asText()).isEqualTo("'tryghedspuljen' is not a TSL pool");

    // At 50,000 SEK per person at most, the pool's cap of 5,000,000 per project takes 100 persons.
    List<DismissedPerson> many = new ArrayList<>();
    for (int i = 0; i < 101; i++) {
      many.add(person("Person Nummer" + i, 30));
    }
    JsonNode tooMany = adviser.post("/api/transition/projects", request(many.toArray(DismissedPerson[]::new))).getBody();
    assertThat(tooMany.path("errors").path("persons").asText()).startsWith("a project can list at most 100 persons");
    assertThat(adviser.post("/api/transition/projects", request()).getBody().path("errors").path("persons").asText())
        .isEqualTo("must not be empty");
    assertThat(participants.count()).isEqualTo(before);
  }

  @Test
  void meetingsAndTrainingApplicationsOnlyDuringTheSupportPeriod() {
    GrantApplication project = approvedProject(person("Gun Gran", 30));
    String person = participants(project).get(0).getParticipantNumber();

    ResponseEntity<JsonNode> early = adviser.post("/api/transition/participants/" + person + "/coaching-meetings",
        Map.of("heldOn", TransitionTime.today().toString(), "type", "JOB_TARGETING"));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody().path("detail").asText()).isEqualTo("Participant " + person + " is not in support: LISTED");

    intoSupport(participants(project).get(0), NeedLevel.LOW, newSupplier(1).getId());
    ResponseEntity<JsonNode> badMeeting = adviser.post("/api/transition/participants/" + person + "/coaching-meetings",
        Map.of("heldOn", TransitionTime.today().toString(), "type", "COFFEE"));
    assertThat(badMeeting.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<JsonNode> withoutConsent = adviser.post("/api/transition/participants/" + person + "/training-applications",
        Map.of("kind", "TRAINING", "description", "Truckkort", "provider", "Yrkesskolan", "cost", 5000,
            "motivation", "Efterfrågas", "coachName", "Cecilia Coach", "participantAgrees", false));
    assertThat(withoutConsent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(withoutConsent.getBody().path("errors").path("participantAgrees").asText())
        .isEqualTo("must be true: the person and the coach apply together");
    assertThat(manager.post("/api/transition/participants/" + person + "/coaching-meetings",
        Map.of("heldOn", TransitionTime.today().toString(), "type", "JOB_TARGETING")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    recordOutcome(participants(project).get(0), Outcome.OWN_BUSINESS, TransitionTime.today());
    ResponseEntity<JsonNode> late = adviser.post("/api/transition/participants/" + person + "/coaching-meetings",
        Map.of("heldOn", TransitionTime.today().toString(), "type", "JOB_TARGETING"));
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(coachingMeetings.findByParticipantIdOrderByHeldOnAscIdAsc(participants(project).get(0).getId())).isEmpty();
  }

  @Test
  void theSupplierRegistryShowsCapacityPlacesInUseAndAgreements() {
    Supplier supplier = newSupplier(2);
    GrantApplication project = approvedProject(person("Hans Hed", 30));
    intoSupport(participants(project).get(0), NeedLevel.LOW, supplier.getId());

    JsonNode registry = manager.get("/api/transition/suppliers").getBody();

    JsonNode own = find(registry, supplier.getId());
    assertThat(own.path("capacity").asInt()).isEqualTo(2);
    assertThat(own.path("inSupport").asLong()).isEqualTo(1);
    assertThat(own.path("free").asLong()).isEqualTo(1);
    assertThat(own.path("agreementInForce").asBoolean()).isTrue();
    assertThat(find(registry, "karriarpartner").path("capacity").asInt()).isEqualTo(40);
    assertThat(find(registry, "arbetslivsbron").path("agreementInForce").asBoolean()).isFalse();
    assertThat(manager.get("/api/transition/suppliers/no-such-supplier/ledger").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  void theTslPoolTakesNoGrantApplications() {
    dk.puljeflow.application.ApplicationRequest tryghed = request(TRYGHED);
    dk.puljeflow.application.ApplicationRequest application = new dk.puljeflow.application.ApplicationRequest(POOL,
        tryghed.applicantName(), tryghed.applicantEmail(), null, tryghed.workplaceName(), tryghed.nearestManagerName(),
        tryghed.nearestManagerEmail(), null, tryghed.unionRepName(), tryghed.unionRepEmail(), null, tryghed.activity(),
        tryghed.requestedAmount(), null, null, tryghed.projectStart(), tryghed.projectEnd(), null, null);

    ResponseEntity<JsonNode> refused = caseworker.post("/api/applications", application);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors").path("poolId").asText())
        .isEqualTo("pool 'tsl-omstallning' takes its cases through its own programme, not as grant applications");
    ResponseEntity<String> pools = http.getForEntity("/ansoeg", String.class);
    assertThat(pools.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pools.getBody()).contains("Tryghedspuljen").doesNotContain("TSL omställningsstöd");
    assertThat(http.getForEntity("/ansoeg/" + POOL, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
  }

  private static JsonNode find(JsonNode registry, String supplierId) {
    for (JsonNode supplier : registry) {
      if (supplierId.equals(supplier.path("id").asText())) {
        return supplier;
      }
    }
    throw new AssertionError("No supplier " + supplierId + " in " + registry);
  }

  private static Map<String, Object> request(DismissedPerson... persons) {
    Map<String, Object> request = new HashMap<>();
    request.put("employerName", "Exempelverken AB");
    request.put("employerSignatoryName", "Erik Arbetsgivare");
    request.put("employerSignatoryEmail", "erik@exempelverken.se");
    request.put("unionRepName", "Frida Facklig");
    request.put("unionRepEmail", "frida@if-metall.example");
    List<Map<String, String>> list = new ArrayList<>();
    for (DismissedPerson person : persons) {
      list.add(Map.of("name", person.name(), "email", person.email(), "lastDayOfEmployment", person.lastDayOfEmployment().toString()));
    }
    request.put("persons", list);
    return request;
  }
}

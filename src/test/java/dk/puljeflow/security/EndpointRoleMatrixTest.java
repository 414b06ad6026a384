package dk.puljeflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.puljeflow.ProcessTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application's HTTP API, found by asking Spring MVC, called anonymously and as a
 * member of each role group: anonymous gets 401, a role without access 403, a role with access an
 * answer (with the placeholder input, often a 400 or 404) that is neither a refusal nor a server
 * error. An endpoint missing from the table below fails the test, so a new endpoint needs a decision.
 */
class EndpointRoleMatrixTest extends ProcessTest {

  private static final String ADMIN = Groups.ADMIN;
  private static final String CASEWORKER = Groups.CASEWORKER;
  private static final String MANAGER = Groups.MANAGER;
  private static final String POOL_ADMIN = Groups.POOL_ADMIN;
  private static final String FINANCE = Groups.FINANCE;
  private static final String SIGNER = Groups.SIGNER;
  private static final String INTEGRATION = Groups.INTEGRATION;
  private static final String TSL_ADVISER = Groups.TSL_ADVISER;
  private static final Set<String> EVERY_ROLE =
      Set.of(ADMIN, CASEWORKER, MANAGER, POOL_ADMIN, FINANCE, SIGNER, INTEGRATION, TSL_ADVISER);

  /** Who may call what: "METHOD pattern" to the role groups allowed. */
  private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
      Map.entry("POST /api/applications", Set.of(CASEWORKER, INTEGRATION, ADMIN)),
      Map.entry("GET /api/applications", Set.of(CASEWORKER, MANAGER, ADMIN)),
      Map.entry("GET /api/applications/{number}", Set.of(CASEWORKER, MANAGER, ADMIN)),
      Map.entry("POST /api/applications/{number}/withdraw", Set.of(CASEWORKER, ADMIN)),
      Map.entry("GET /api/applications/{number}/notifications", Set.of(CASEWORKER, MANAGER, ADMIN)),
      Map.entry("GET /api/pools", Set.of(CASEWORKER, MANAGER, POOL_ADMIN, FINANCE, ADMIN)),
      Map.entry("GET /api/pools/{id}", Set.of(CASEWORKER, MANAGER, POOL_ADMIN, FINANCE, ADMIN)),
      Map.entry("POST /api/pools", Set.of(ADMIN)),
      Map.entry("PUT /api/pools/{id}", Set.of(ADMIN)),
      Map.entry("POST /api/pools/{id}/year-end-close", Set.of(ADMIN)),
      Map.entry("GET /api/finance/payouts", Set.of(FINANCE, ADMIN)),
      Map.entry("GET /api/finance/payouts.csv", Set.of(FINANCE, ADMIN)),
      Map.entry("POST /api/finance/payouts/{id}/ack", Set.of(FINANCE, ADMIN)),
      Map.entry("GET /api/admin/deployments", Set.of(ADMIN)),
      Map.entry("POST /api/admin/deployments", Set.of(ADMIN)),
      Map.entry("POST /api/admin/migrations", Set.of(ADMIN)),
      Map.entry("POST /api/admin/applications/{number}/anonymise", Set.of(ADMIN)),
      Map.entry("POST /api/admin/candidates/{number}/anonymise", Set.of(ADMIN)),
      Map.entry("GET /api/admin/persons/export", Set.of(ADMIN)),
      Map.entry("POST /api/recruitment/candidates", Set.of(CASEWORKER, ADMIN)),
      Map.entry("GET /api/recruitment/candidates/{number}", Set.of(CASEWORKER, MANAGER, ADMIN)),
      Map.entry("POST /api/recruitment/candidates/{number}/drop-out", Set.of(CASEWORKER, ADMIN)),
      Map.entry("GET /api/recruitment/intakes", Set.of(CASEWORKER, ADMIN)),
      Map.entry("GET /api/recruitment/progress", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /recruitment/progress", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/decision-deadlines", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/decision-deadlines.csv", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/decision-breaches", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/decision-breaches.csv", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/pool-use", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/pool-use.csv", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/funnel", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/funnel.csv", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/stage-times", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/stage-times.csv", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/recruitment", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /api/reports/recruitment.csv", Set.of(MANAGER, ADMIN)),
      Map.entry("GET /reports", Set.of(MANAGER, ADMIN)),
      Map.entry("POST /api/transition/projects", Set.of(TSL_ADVISER, ADMIN)),
      Map.entry("GET /api/transition/projects/{number}", Set.of(TSL_ADVISER, MANAGER, ADMIN)),
      Map.entry("GET /api/transition/participants/{number}", Set.of(TSL_ADVISER, MANAGER, ADMIN)),
      Map.entry("POST /api/transition/participants/{number}/coaching-meetings", Set.of(TSL_ADVISER, ADMIN)),
      Map.entry("POST /api/transition/participants/{number}/training-applications", Set.of(TSL_ADVISER, ADMIN)),
      Map.entry("GET /api/transition/suppliers", Set.of(TSL_ADVISER, MANAGER, ADMIN)),
      Map.entry("GET /api/transition/suppliers/{id}/ledger", Set.of(TSL_ADVISER, MANAGER, ADMIN)),
      Map.entry("GET /api/transition/report", Set.of(TSL_ADVISER, MANAGER, ADMIN)),
      Map.entry("GET /api/transition/report.csv", Set.of(TSL_ADVISER, MANAGER, ADMIN)),
      Map.entry("GET /cases", Set.of(CASEWORKER, MANAGER, ADMIN)),
      Map.entry("GET /cases/{number}/receipts/{receiptId}", Set.of(CASEWORKER, MANAGER, ADMIN)),
      // The local trial's mailbox (embedded mail server only).
      Map.entry("GET /api/demo/mails", EVERY_ROLE));

  @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
  @Autowired IdentityBootstrap identity;
  @Autowired TestRestTemplate http;

  @BeforeEach
  void oneUserPerRole() {
    EVERY_ROLE.forEach(group -> identity.ensureUser("matrix-" + group, "matrix-pw", "Matrix", group, null, group));
  }

  @Test
  void everyEndpointAnswersEachRoleAsTheTableSays() {
    Map<String, Set<String>> found = endpoints();
    assertThat(found.keySet()).as("endpoints without a decision in ALLOWED").isSubsetOf(ALLOWED.keySet());
    assertThat(ALLOWED.keySet()).as("decisions for endpoints that no longer exist").isSubsetOf(found.keySet());

    List<String> wrong = new ArrayList<>();
    for (String endpoint : found.keySet()) {
      HttpMethod method = HttpMethod.valueOf(endpoint.substring(0, endpoint.indexOf(' ')));
      String path = endpoint.substring(endpoint.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "0");
      int anonymous = call(method, path, null);
      if (anonymous != 401) {
        wrong.add(endpoint + " anonymous: " + anonymous);
      }
      for (String role : new TreeSet<>(EVERY_ROLE)) {
        int status = call(method, path, "matrix-" + role);
        boolean allowed = ALLOWED.get(endpoint).contains(role);
        if (allowed ? status == 401 || status == 403 || status >= 500 : status != 403) {
          wrong.add(endpoint + " as " + role + ": " + status + (allowed ? " (allowed)" : " (not allowed)"));
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  /** The application's own endpoints (not the public pages, not the Camunda webapps), each method separately. */
  private Map<String, Set<String>> endpoints() {
    Map<String, Set<String>> endpoints = new TreeMap<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
      for (String pattern : mapping.getKey().getPatternValues()) {
        if (!pattern.startsWith("/api/") && !pattern.startsWith("/cases") && !pattern.startsWith("/recruitment")
            && !pattern.startsWith("/reports")) {
          continue;
        }
        for (RequestMethod method : mapping.getKey().getMethodsCondition().getMethods()) {
          endpoints.put(method.name() + " " + pattern, Set.of());
        }
      }
    }
    return endpoints;
  }

  private int call(HttpMethod method, String path, String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(List.of(MediaType.ALL));
    TestRestTemplate client = user == null ? http : http.withBasicAuth(user, "matrix-pw");
    HttpEntity<String> request = new HttpEntity<>(method == HttpMethod.GET ? null : "{}", headers);
    return client.exchange(path, method, request, String.class).getStatusCode().value();
  }
}

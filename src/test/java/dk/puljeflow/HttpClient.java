package dk.puljeflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A user talking JSON to the running application: the app API and the engine REST API. */
public record HttpClient(TestRestTemplate http, String user, String password) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public ResponseEntity<JsonNode> get(String path) {
    return exchange(HttpMethod.GET, path, null);
  }

  public ResponseEntity<JsonNode> post(String path, Object body) {
    return exchange(HttpMethod.POST, path, body);
  }

  public ResponseEntity<JsonNode> exchange(HttpMethod method, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.setAccept(java.util.List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
    TestRestTemplate client = user == null ? http : http.withBasicAuth(user, password);
    return client.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
  }

  /**
   * What the job executor would do now, through engine REST: runs the due jobs of every process instance
   * with this business key (a case's stages, persons and letters share it), one at a time, until none is
   * due. Fails when more than {@code atMost} become due, which would mean a loop.
   */
  public void runDueJobs(String businessKey, int atMost) {
    for (int run = 0; run <= atMost; run++) {
      String due = null;
      for (JsonNode instance : get("/engine-rest/process-instance?businessKey=" + businessKey).getBody()) {
        JsonNode jobs = get("/engine-rest/job?executable=true&processInstanceId=" + instance.path("id").asText()).getBody();
        if (!jobs.isEmpty()) {
          due = jobs.get(0).path("id").asText();
          break;
        }
      }
      if (due == null) {
        return;
      }
      ResponseEntity<JsonNode> executed = post("/engine-rest/job/" + due + "/execute", null);
      if (executed.getStatusCode() != HttpStatus.NO_CONTENT) {
        throw new AssertionError("Job " + due + " of " + businessKey + " failed: " + executed.getBody());
      }
    }
    throw new AssertionError("More than " + atMost + " jobs of " + businessKey + " became due");
  }

  /** Engine REST form submission: {"variables": {"name": {"value": ...}}}. */
  public static ObjectNode formVariables(Map<String, ?> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> variables.putObject(name).set("value", JSON.valueToTree(value)));
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body;
  }
}

package dk.puljeflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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

  /** Engine REST form submission: {"variables": {"name": {"value": ...}}}. */
  public static ObjectNode formVariables(Map<String, ?> values) {
    ObjectNode variables = JSON.createObjectNode();
    values.forEach((name, value) -> variables.putObject(name).set("value", JSON.valueToTree(value)));
    ObjectNode body = JSON.createObjectNode();
    body.set("variables", variables);
    return body;
  }
}

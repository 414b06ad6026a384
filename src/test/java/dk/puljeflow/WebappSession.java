package dk.puljeflow;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A browser session in a Camunda webapp: session cookie and CSRF token, logged in like the login page does. */
public final class WebappSession {

  private final TestRestTemplate http;
  private final List<String> cookies;
  private final String csrfToken;
  private final HttpStatusCode loginStatus;

  private WebappSession(TestRestTemplate http, List<String> cookies, String csrfToken, HttpStatusCode loginStatus) {
    this.http = http;
    this.cookies = cookies;
    this.csrfToken = csrfToken;
    this.loginStatus = loginStatus;
  }

  public static WebappSession login(TestRestTemplate http, String app, String user, String password) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
    List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
        .map(cookie -> cookie.split(";", 2)[0]).toList();
    String csrfToken = page.getHeaders().getFirst("X-XSRF-TOKEN");
    LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = headers(cookies, csrfToken, MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
        new HttpEntity<>(form, headers), String.class);
    // A successful login starts a new session (against session fixation); its first request hands out
    // the new session's CSRF token, as the browser's next page load would.
    List<String> renewed = login.getHeaders().get(HttpHeaders.SET_COOKIE);
    if (renewed == null) {
      return new WebappSession(http, cookies, csrfToken, login.getStatusCode());
    }
    List<String> session = renewed.stream().map(cookie -> cookie.split(";", 2)[0]).toList();
    HttpHeaders sessionOnly = new HttpHeaders();
    sessionOnly.put(HttpHeaders.COOKIE, session);
    ResponseEntity<String> next = http.exchange("/camunda/app/" + app + "/default/", HttpMethod.GET,
        new HttpEntity<>(sessionOnly), String.class);
    return new WebappSession(http, session, next.getHeaders().getFirst("X-XSRF-TOKEN"), login.getStatusCode());
  }

  public HttpStatusCode loginStatus() {
    return loginStatus;
  }

  /** A JSON request to the webapp's own API, e.g. /camunda/api/engine/engine/default/task/{id}/submit-form. */
  public ResponseEntity<String> exchange(HttpMethod method, String path, Object json) {
    return http.exchange(path, method, new HttpEntity<>(json, headers(cookies, csrfToken, MediaType.APPLICATION_JSON)), String.class);
  }

  private static HttpHeaders headers(List<String> cookies, String csrfToken, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    headers.set("X-XSRF-TOKEN", csrfToken);
    headers.put(HttpHeaders.COOKIE, cookies);
    return headers;
  }
}

package dk.puljeflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.puljeflow.ProcessTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The Danish Tasklist and the webapps' branding: our files under META-INF/resources/webjars/camunda
 * override Camunda's webjar. The locale checks read the files straight from the classpath (our
 * da.json, the webjar's en.json); the HTTP checks fetch them from the running application at the
 * URLs the webapp's JavaScript uses (app-root + /app/tasklist/..., without the engine segment).
 */
class TasklistLocaleTest extends ProcessTest {

  private static final String WEBJAR = "META-INF/resources/webjars/camunda/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|%[ds]");

  @Autowired TestRestTemplate http;

  // --- the files themselves ----------------------------------------------------------------------

  @Test
  void danishHasExactlyTheKeysOfTheShippedEnglish() {
    Map<String, JsonNode> english = flatten(json(shipped("app/tasklist/locales/en.json")));
    Map<String, JsonNode> danish = flatten(json(ours("app/tasklist/locales/da.json")));

    List<String> problems = new ArrayList<>();
    Set<String> missing = new TreeSet<>(english.keySet());
    missing.removeAll(danish.keySet());
    missing.forEach(key -> problems.add("missing in da.json: " + key));
    Set<String> extra = new TreeSet<>(danish.keySet());
    extra.removeAll(english.keySet());
    extra.forEach(key -> problems.add("extra in da.json (not in en.json): " + key));
    english.forEach((key, value) -> {
      if (danish.containsKey(key) && value.getNodeType() != danish.get(key).getNodeType()) {
        problems.add(key + ": " + value.getNodeType() + " in en.json, " + danish.get(key).getNodeType() + " in da.json");
      }
    });
    assertThat(problems).as("da.json against the shipped en.json").isEmpty();
    assertThat(english.keySet()).as("the shipped en.json has labels").contains("labels.TASKS", "labels.CLAIM_TASK");
  }

  @Test
  void danishKeepsEveryPlaceholderOfTheEnglish() {
    Map<String, JsonNode> english = flatten(json(shipped("app/tasklist/locales/en.json")));
    Map<String, JsonNode> danish = flatten(json(ours("app/tasklist/locales/da.json")));
    List<String> lost = new ArrayList<>();
    english.forEach((key, value) -> {
      if (value.isTextual() && danish.containsKey(key)) {
        List<String> danishPlaceholders = placeholders(danish.get(key).asText());
        for (String placeholder : placeholders(value.asText())) {
          if (!danishPlaceholders.remove(placeholder)) {
            lost.add(key + ": " + placeholder + " missing in \"" + danish.get(key).asText() + "\"");
          }
        }
      }
    });
    assertThat(lost).as("placeholders of en.json lost in da.json").isEmpty();
  }

  @Test
  void danishSpeaksTheCaseworkersLanguage() {
    JsonNode labels = json(ours("app/tasklist/locales/da.json")).path("labels");
    assertThat(labels.path("TASKS").asText()).isEqualTo("Opgaver");
    assertThat(labels.path("FILTERS").asText()).isEqualTo("Filtre");
    assertThat(labels.path("CLAIM_TASK").asText()).isEqualTo("Gør krav på");
    assertThat(labels.path("COMPLETE").asText()).isEqualTo("Fuldfør");
    assertThat(labels.path("SAVE").asText()).isEqualTo("Gem");
    assertThat(labels.path("DUE_DATE").asText()).isEqualTo("Forfaldsdato");
    assertThat(labels.path("FOLLOW_UP_DATE").asText()).isEqualTo("Opfølgningsdato");
    assertThat(labels.path("START_PROCESS").asText()).isEqualTo("Start proces");
    assertThat(labels.path("SIGN_OUT_ACTION").asText()).isEqualTo("Log ud");
  }

  /** Our user-styles.css files replace the shipped ones, so those must stay empty placeholders. */
  @Test
  void shippedUserStylesAreCommentOnlyPlaceholders() {
    for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
      String shippedCss = text(shipped("app/" + app + "/styles/user-styles.css"));
      assertThat(shippedCss.replaceAll("(?s)/\\*.*?\\*/", "").strip()).as(app + " shipped user-styles.css").isEmpty();
      assertThat(text(ours("app/" + app + "/styles/user-styles.css"))).as(app).contains(".ce-eol-banner");
    }
  }

  /** Our config.js is the shipped one plus app and locales; after a Camunda upgrade, compare again. */
  @Test
  void configKeepsTheShippedDefaults() {
    String shippedConfig = text(shipped("app/tasklist/scripts/config.js"));
    String shortcuts = shippedConfig.substring(shippedConfig.indexOf("  shortcuts: {"));
    assertThat(text(ours("app/tasklist/scripts/config.js"))).endsWith(shortcuts);
    // The banner our CSS hides is still rendered with this class by the shipped header.
    assertThat(text(shipped("app/tasklist/camunda-tasklist-bootstrap.js"))).contains("class=\"ce-eol-banner\"");
  }

  // --- served by the running application ---------------------------------------------------------

  @Test
  void tasklistPageLoadsTheOverriddenFilesFromTheAppRoot() {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    // config.js and locales/<lang>.json are requested at app-root + "/app/tasklist/...".
    assertThat(page.getBody()).contains("app-root=\"/camunda\"")
        .contains("href=\"/camunda/app/tasklist/styles/user-styles.css");
  }

  @Test
  void configIsServedWithDanishAndTheAppName() {
    ResponseEntity<String> config = http.getForEntity("/camunda/app/tasklist/scripts/config.js", String.class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    // The webapp import()s config.js as a module: browsers insist on a JavaScript MIME type.
    assertThat(config.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(config.getBody())
        .contains("availableLocales: ['da', 'en']")
        .contains("fallbackLocale: 'en'")
        .contains("name: 'Puljeflow'")
        .contains("ngDeps: ['puljeflow.dateLocale', 'puljeflow.dueDateFirst']")
        .contains("'puljeflow-date-locale': 'scripts/puljeflow-date-locale'")
        .contains("'puljeflow-due-date-first': 'scripts/puljeflow-due-date-first'")
        .contains("shortcuts: {");
  }

  /** requireJsConfig's baseUrl is the app folder: the module config.js names is at scripts/...js. */
  @Test
  void dateLocaleModuleIsServed() {
    ResponseEntity<String> module = http.getForEntity("/camunda/app/tasklist/scripts/puljeflow-date-locale.js", String.class);
    assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(module.getHeaders().getContentType().toString()).contains("javascript");
    assertThat(module.getBody()).contains("angular.module('puljeflow.dateLocale'");
  }

  @Test
  void danishLocaleIsServedAsOurFile() {
    ResponseEntity<byte[]> locale = http.getForEntity("/camunda/app/tasklist/locales/da.json", byte[].class);
    assertThat(locale.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(locale.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(locale.getBody()).isEqualTo(bytes(ours("app/tasklist/locales/da.json")));
    assertThat(json(locale.getBody()).path("labels").path("TASKS").asText()).isEqualTo("Opgaver");
    // English stays available.
    assertThat(http.getForEntity("/camunda/app/tasklist/locales/en.json", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void userStylesHideTheEndOfLifeBanner() {
    for (String app : List.of("tasklist", "cockpit", "admin")) {
      ResponseEntity<String> css = http.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);
      assertThat(css.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
      assertThat(css.getBody()).as(app)
          .containsPattern("\\[cam-widget-header] \\.ce-eol-banner \\{\\s*display: none !important;");
    }
  }

  // --- helpers -------------------------------------------------------------------------------------

  /** The webapp jar's copy of a webjar file, even where our resources override it. */
  private static URL shipped(String path) {
    for (URL url : resources(WEBJAR + path)) {
      if ("jar".equals(url.getProtocol()) && url.getPath().contains("camunda-webapp-webjar")) {
        return url;
      }
    }
    throw new AssertionError("camunda-webapp-webjar on the test classpath has no " + path);
  }

  /** Our copy of a webjar file (target/classes). */
  private static URL ours(String path) {
    for (URL url : resources(WEBJAR + path)) {
      if ("file".equals(url.getProtocol())) {
        return url;
      }
    }
    throw new AssertionError("src/main/resources has no " + WEBJAR + path);
  }

  private static List<URL> resources(String path) {
    try {
      return Collections.list(TasklistLocaleTest.class.getClassLoader().getResources(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(URL url) {
    try (InputStream in = url.openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(url.toString(), e);
    }
  }

  private static String text(URL url) {
    return new String(bytes(url), StandardCharsets.UTF_8);
  }

  private static JsonNode json(URL url) {
    return json(bytes(url));
  }

  /** Jackson detects the encoding and skips the byte order mark the shipped en.json starts with. */
  private static JsonNode json(byte[] bytes) {
    try {
      return JSON.readTree(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every leaf by its path: labels.TASKS, dateLocales.months[0], ... */
  private static Map<String, JsonNode> flatten(JsonNode root) {
    Map<String, JsonNode> leaves = new LinkedHashMap<>();
    flatten(root, "", leaves);
    return leaves;
  }

  private static void flatten(JsonNode node, String path, Map<String, JsonNode> leaves) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field ->
          flatten(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), leaves));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        flatten(node.get(i), path + "[" + i + "]", leaves);
      }
    } else {
      leaves.put(path, node);
    }
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }
}

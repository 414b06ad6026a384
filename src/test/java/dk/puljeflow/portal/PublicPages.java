package dk.puljeflow.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps the session cookie, follows redirects and sends each form with
 * the CSRF token of the page it came from, as a real browser session on the public pages would.
 */
public final class PublicPages {

  public record Upload(String fileName, String contentType, byte[] content) {}

  public record Page(int status, String body, java.net.http.HttpHeaders headers, URI uri) {

    public String csrf() {
      Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(body);
      if (!token.find()) {
        throw new AssertionError("No CSRF token on " + uri + ":\n" + body);
      }
      return token.group(1);
    }

    /** The text of the element with this id, tags stripped and whitespace collapsed. */
    public String text(String id) {
      Matcher element = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</", Pattern.DOTALL).matcher(body);
      if (!element.find()) {
        throw new AssertionError("No element #" + id + " on " + uri + ":\n" + body);
      }
      return element.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
    }

    /** The text of the table row with this id, cells separated by single spaces. */
    public String row(String id) {
      Matcher row = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(body);
      if (!row.find()) {
        throw new AssertionError("No row #" + id + " on " + uri);
      }
      return row.group(1).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
    }

    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }
  }

  private final HttpClient client = HttpClient.newBuilder()
      .cookieHandler(new CookieManager())
      .followRedirects(HttpClient.Redirect.NORMAL)
      .build();
  private final String base;

  public PublicPages(int port) {
    this.base = "http://localhost:" + port;
  }

  /** A path, or a link from a letter: its address is made for the configured public URL, so only its path is used. */
  public Page get(String pathOrLink) {
    return send(HttpRequest.newBuilder(uri(pathOrLink)).GET());
  }

  public Page post(String path, String csrf, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    if (csrf != null) {
      body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + encode(csrf);
    }
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public Page postMultipart(String path, String csrf, Map<String, String> fields, List<Upload> uploads) {
    String boundary = "----puljeflow" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach((name, value) -> part(body, boundary, "Content-Disposition: form-data; name=\"" + name + "\"",
        value.getBytes(StandardCharsets.UTF_8)));
    part(body, boundary, "Content-Disposition: form-data; name=\"_csrf\"", csrf.getBytes(StandardCharsets.UTF_8));
    uploads.forEach(upload -> part(body, boundary, "Content-Disposition: form-data; name=\"receipts\"; filename=\""
        + upload.fileName() + "\"\r\nContent-Type: " + upload.contentType(), upload.content()));
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(HttpRequest.newBuilder(uri(path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public static String pathOf(String link) {
    URI uri = URI.create(link);
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  private URI uri(String pathOrLink) {
    return URI.create(base + (pathOrLink.startsWith("http") ? pathOf(pathOrLink) : pathOrLink));
  }

  private static void part(ByteArrayOutputStream body, String boundary, String headers, byte[] content) {
    body.writeBytes(("--" + boundary + "\r\n" + headers + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private Page send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response.body(), response.headers(), response.uri());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  public static Map<String, String> fields(String... pairs) {
    java.util.LinkedHashMap<String, String> fields = new java.util.LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put(pairs[i], pairs[i + 1]);
    }
    return fields;
  }
}

package dk.puljeflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.awaitility.core.TerminalFailureException;

/**
 * Puljeflow in a JVM of its own, started from the test classpath like {@code java -jar}: a second node
 * beside the one the test runs in (the Camunda webapps allow one application per JVM). Its output goes
 * to a log file; {@link #kill()} ends it as a crash would, without shutting anything down.
 */
final class ChildNode implements AutoCloseable {

  private final Process process;
  private final int port;
  private final Path log;

  private ChildNode(Process process, int port, Path log) {
    this.process = process;
    this.port = port;
    this.log = log;
  }

  static ChildNode start(List<String> profiles, Map<String, String> properties, Path log) {
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx768m");
    command.add("-cp");
    command.add(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    command.add(PuljeflowApplication.class.getName());
    command.add("--spring.profiles.active=" + String.join(",", profiles));
    command.add("--server.port=" + port);
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    try {
      Files.createDirectories(log.getParent());
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      return new ChildNode(process, port, log);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return port;
  }

  long pid() {
    return process.pid();
  }

  boolean isAlive() {
    return process.isAlive();
  }

  /** Waits until the node's health endpoint answers UP, or fails with the end of its log. */
  void awaitUp(Duration timeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
    try {
      Awaitility.await().atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500))
          .ignoreExceptionsInstanceOf(IOException.class) // not listening yet
          .failFast(() -> !process.isAlive())
          .until(() -> {
            HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 && answer.body().contains("\"UP\"");
          });
    } catch (TerminalFailureException stopped) {
      throw new AssertionError("The child node stopped during start-up:\n" + logTail());
    } catch (ConditionTimeoutException late) {
      throw new AssertionError("The child node did not come up within " + timeout + ":\n" + logTail());
    }
  }

  /** Ends the node at once (SIGKILL): no shutdown, its job locks stay behind until they expire. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      kill();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

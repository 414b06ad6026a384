package dk.puljeflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Part 2 (and the memory of part 4): the application in a child JVM, loaded for a fixed time per level
 * of concurrent clients with POST /api/applications, and with the same process started with the same
 * facts through engine REST (POST /engine-rest/process-definition/key/grantApplication/start, the start
 * form's variables, as a caseworker registering a paper application would), same user, same clients.
 * Before those, each level starts a one-user-task reference process through engine REST on the still idle
 * engine: what this machine does for the cheapest start, the yardstick the absolute figures
 * (requests/s, p99) were measured with.
 */
final class HttpBench {

  private static final Duration IDLE_AFTER_LOAD = Duration.ofSeconds(60);

  private final BenchSettings settings;
  private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  HttpBench(BenchSettings settings) {
    this.settings = settings;
  }

  Map<String, Object> run() throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("heap", "-Xmx" + settings.heap());
    result.put("childJvmArgs", settings.childJvmArgs());
    result.put("childEnvironment", settings.childEnvironment());
    result.put("secondsPerLevel", settings.httpSeconds());
    result.put("appProperties", settings.appProperties());
    result.put("classDataSharing", settings.cds());
    ClassDataSharing.Setup classes = ClassDataSharing.setup(settings);
    try (ChildApp app = new ChildApp(settings, Files.createTempDirectory("bench-db"), classes.classPath(), classes.jvmArgs())) {
      result.put("startup", Map.of("spawnToReadyMillis", app.spawnToReadyMillis, "jvmToReadyMillis", app.jvmToReadyMillis,
          "runToReadyMillis", app.runToReadyMillis));
      Thread.sleep(2000);
      result.put("rssAfterStartMiB", app.residentMiB());
      String base = "http://127.0.0.1:" + app.port;
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10)).build();
      String auth = "Basic " + Base64.getEncoder().encodeToString(
          (BenchServer.USER + ":" + BenchServer.PASSWORD).getBytes(StandardCharsets.UTF_8));
      String admin = "Basic " + Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
      byte[] apiBody = json.writeValueAsBytes(MentorApplication.request(LocalDate.now()));
      byte[] engineBody = json.writeValueAsBytes(Map.of("variables", startFormVariables(LocalDate.now())));
      HttpRequest api = HttpRequest.newBuilder(URI.create(base + "/api/applications")).header("Authorization", auth)
          .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofByteArray(apiBody)).build();
      HttpRequest engine = HttpRequest.newBuilder(URI.create(base + "/engine-rest/process-definition/key/grantApplication/start"))
          .header("Authorization", auth).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofByteArray(engineBody)).build();
      HttpRequest reference = HttpRequest.newBuilder(
              URI.create(base + "/engine-rest/process-definition/key/" + BenchServer.REFERENCE_PROCESS + "/start"))
          .header("Authorization", auth).header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
      // The yardstick first, on an engine with nothing queued: no job executor work from the loads below.
      load(client, reference, settings.httpClients().get(0), settings.httpWarmupSeconds());
      Map<Integer, Map<String, Object>> references = new LinkedHashMap<>();
      for (int clients : settings.httpClients()) {
        Map<String, Object> viaReference = load(client, reference, clients, settings.httpSeconds());
        references.put(clients, viaReference);
        System.out.printf("http %d clients: reference one-task process via engine REST %.1f req/s p50 %.1f p95 %.1f"
                + " p99 %.1f ms errors %d (the machine's yardstick, idle engine)%n", clients,
            viaReference.get("requestsPerSecond"), viaReference.get("p50Millis"), viaReference.get("p95Millis"),
            viaReference.get("p99Millis"), viaReference.get("errors"));
      }
      long before = applicationCount(client, base, auth);

      // Warm-up, not counted: both endpoints at the lowest level.
      load(client, api, settings.httpClients().get(0), settings.httpWarmupSeconds());
      load(client, engine, settings.httpClients().get(0), settings.httpWarmupSeconds());
      long warmupAccepted = applicationCount(client, base, auth) - before;
      drain(client, base, admin);
      long warmupLetters = app.mail.letters();

      List<Map<String, Object>> levels = new ArrayList<>();
      long accepted = 0;
      for (int clients : settings.httpClients()) {
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("clients", clients);
        // Each load starts on an idle job executor and leaves its own backlog, which is measured and run off
        // before the next: neither endpoint pays for the other's signature requests and letters.
        Map<String, Object> viaApi = load(client, api, clients, settings.httpSeconds());
        viaApi.putAll(drain(client, base, admin));
        Map<String, Object> viaEngine = load(client, engine, clients, settings.httpSeconds());
        viaEngine.putAll(drain(client, base, admin));
        app.mail.letters(); // counted and let go, so the bench's own heap does not grow with them
        accepted += (long) viaApi.get("accepted") + (long) viaEngine.get("accepted");
        level.put("app", viaApi);
        level.put("engineRest", viaEngine);
        level.put("referenceOneTaskProcess", references.get(clients));
        level.put("throughputRatio", LifecycleBench.round((double) viaApi.get("requestsPerSecond")
            / (double) viaEngine.get("requestsPerSecond")));
        System.out.printf("http %d clients: app %.1f req/s p50 %.1f p95 %.1f p99 %.1f ms errors %d | engine-rest %.1f req/s"
                + " p50 %.1f p95 %.1f p99 %.1f ms errors %d | ratio %.2f%n", clients,
            viaApi.get("requestsPerSecond"), viaApi.get("p50Millis"), viaApi.get("p95Millis"), viaApi.get("p99Millis"),
            viaApi.get("errors"), viaEngine.get("requestsPerSecond"), viaEngine.get("p50Millis"), viaEngine.get("p95Millis"),
            viaEngine.get("p99Millis"), viaEngine.get("errors"), level.get("throughputRatio"));
        System.out.printf("http %d clients: jobs due when the load stopped, seconds to run them, still due then: app %d,"
                + " %.1f s, %d | engine-rest %d, %.1f s, %d%n", clients, viaApi.get("jobsDueAfterLoad"),
            viaApi.get("secondsToRunThem"), viaApi.get("jobsStillDue"), viaEngine.get("jobsDueAfterLoad"),
            viaEngine.get("secondsToRunThem"), viaEngine.get("jobsStillDue"));
        levels.add(level);
      }
      result.put("levels", levels);
      // The yardstick once more, now that every load's backlog is run off: these machines change speed
      // within minutes, and a ratio to the yardstick means little if the two were measured at different speeds.
      Map<String, Object> referenceAfter = load(client, reference, settings.httpClients().get(0), settings.httpSeconds());
      result.put("referenceOneTaskProcessAfterwards", referenceAfter);
      System.out.printf("http %d clients: reference one-task process via engine REST afterwards %.1f req/s p50 %.1f p95 %.1f"
              + " p99 %.1f ms errors %d%n", settings.httpClients().get(0), referenceAfter.get("requestsPerSecond"),
          referenceAfter.get("p50Millis"), referenceAfter.get("p95Millis"), referenceAfter.get("p99Millis"),
          referenceAfter.get("errors"));
      long present = applicationCount(client, base, auth) - before - warmupAccepted;
      result.put("acceptedApplications", accepted);
      result.put("applicationsPresentAfterwards", present);
      // A request that timed out on the client may still have been committed: more present than accepted is fine.
      result.put("everyAcceptedApplicationPresent", present >= accepted);
      result.put("lettersSentDuringLoads", app.mail.letters() - warmupLetters);
      System.out.printf("http: %d accepted, %d present afterwards (%d committed after the client gave up)%n", accepted,
          present, present - accepted);
      result.put("rssAfterHttpMiB", app.residentMiB());
      // The peak matters as much as the figure after the load: a container's limit is hit at the peak.
      result.put("rssPeakDuringHttpMiB", app.peakResidentMiB());
      // A JVM keeps the memory it grew to under load until it has been idle a while, and only if told to
      // give it back (G1's periodic collection, -XX:TrimNativeHeapInterval): the same a minute later.
      Thread.sleep(IDLE_AFTER_LOAD.toMillis());
      result.put("rssAfterHttpIdleMiB", app.residentMiB());
      result.put("nativeMemoryAfterHttpIdle", app.nativeMemorySummary());
      result.put("codeCacheFull", app.codeCacheFull);
      System.out.printf("child app (-Xmx%s): ready in %d ms (JVM start to ApplicationReadyEvent), RSS %.0f MiB after start,"
          + " %.0f MiB after the HTTP run (peak %.0f MiB), %.0f MiB %d s later%s%n", settings.heap(), app.jvmToReadyMillis,
          result.get("rssAfterStartMiB"), result.get("rssAfterHttpMiB"), result.get("rssPeakDuringHttpMiB"),
          result.get("rssAfterHttpIdleMiB"), IDLE_AFTER_LOAD.toSeconds(),
          app.codeCacheFull ? "; its code cache filled up and the JIT compiler stopped (raise -XX:ReservedCodeCacheSize)" : "");
    }
    return result;
  }

  /** Every client sends its next request when the previous answered, for {@code seconds}. */
  private Map<String, Object> load(HttpClient client, HttpRequest request, int clients, int seconds) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    AtomicLong errors = new AtomicLong();
    Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    List<Future<long[]>> futures = new ArrayList<>();
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      futures.add(pool.submit(() -> {
        long[] latencies = new long[1024];
        int n = 0;
        while (System.nanoTime() < end) {
          long sent = System.nanoTime();
          int status;
          try {
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
          } catch (Exception e) {
            status = -1;
          }
          long took = System.nanoTime() - sent;
          statuses.computeIfAbsent(String.valueOf(status), s -> new AtomicLong()).incrementAndGet();
          if (status != 200 && status != 201) {
            errors.incrementAndGet();
            continue;
          }
          if (n == latencies.length) {
            latencies = java.util.Arrays.copyOf(latencies, n * 2);
          }
          latencies[n++] = took;
        }
        return java.util.Arrays.copyOf(latencies, n);
      }));
    }
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> future : futures) {
      all.add(future.get());
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    long[] latencies = all.stream().flatMapToLong(java.util.Arrays::stream).sorted().toArray();
    Map<String, Object> level = new LinkedHashMap<>();
    level.put("accepted", (long) latencies.length);
    level.put("errors", errors.get());
    level.put("statuses", statuses.toString());
    level.put("requestsPerSecond", LifecycleBench.round(latencies.length / elapsed));
    level.put("p50Millis", LifecycleBench.round(Stats.percentileMillis(latencies, 0.50)));
    level.put("p95Millis", LifecycleBench.round(Stats.percentileMillis(latencies, 0.95)));
    level.put("p99Millis", LifecycleBench.round(Stats.percentileMillis(latencies, 0.99)));
    level.put("maxMillis", LifecycleBench.round(Stats.percentileMillis(latencies, 1.0)));
    return level;
  }

  /**
   * The work a load queued (signature requests, letters) runs after its requests answered: how much was
   * due when it stopped and how long the job executor took to run it off shows whether the throughput was
   * borrowed from the job executor.
   */
  private Map<String, Object> drain(HttpClient client, String base, String admin) throws Exception {
    long due = dueJobs(client, base, admin);
    long start = System.nanoTime();
    long[] left = {due};
    if (due > 0) {
      try {
        Awaitility.await().atMost(Duration.ofMinutes(15)).pollInterval(Duration.ofMillis(500)).pollInSameThread()
            .until(() -> (left[0] = dueJobs(client, base, admin)) == 0);
      } catch (ConditionTimeoutException late) {
        // reported below as jobs still due
      }
    }
    Map<String, Object> drained = new LinkedHashMap<>();
    drained.put("jobsDueAfterLoad", due);
    drained.put("secondsToRunThem", LifecycleBench.round((System.nanoTime() - start) / 1e9));
    // Given up after 15 minutes: the next load then starts with this backlog, which the output says.
    drained.put("jobsStillDue", left[0]);
    return drained;
  }

  private long dueJobs(HttpClient client, String base, String auth) throws Exception {
    HttpResponse<String> count = client.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/job/count?executable=true"))
        .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
    return json.readTree(count.body()).get("count").asLong();
  }

  private long applicationCount(HttpClient client, String base, String auth) throws Exception {
    HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base + "/api/applications?size=1"))
        .header("Authorization", auth).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (page.statusCode() != 200) {
      throw new IllegalStateException("Case search answered " + page.statusCode() + ": " + page.body());
    }
    return json.readTree(page.body()).get("totalElements").asLong();
  }

  /** The same application as the API request, as the Tasklist start form (forms/application-start.form) sends it. */
  private static Map<String, Object> startFormVariables(LocalDate today) {
    Map<String, Object> variables = new LinkedHashMap<>();
    put(variables, "poolId", MentorApplication.POOL);
    put(variables, "applicantName", "Mette Mentor");
    put(variables, "applicantEmail", "mette@kommune.dk");
    put(variables, "workplaceName", "Jobcenter Vest");
    put(variables, "nearestManagerName", "Niels Nærmeste");
    put(variables, "nearestManagerEmail", "niels@kommune.dk");
    put(variables, "nearestManagerUserId", "nearestmanager");
    put(variables, "unionRepName", "Tina Tillid");
    put(variables, "unionRepEmail", "tina@dsr.dk");
    put(variables, "unionRepUserId", "unionrep");
    put(variables, "activity", "Mentorordning for to nyuddannede socialrådgivere");
    put(variables, "requestedAmount", 40000L);
    put(variables, "buyoutHours", 74L);
    put(variables, "consultancyHours", 20L);
    put(variables, "projectStart", MentorApplication.projectStart(today).toString());
    put(variables, "projectEnd", MentorApplication.projectEnd(today).toString());
    put(variables, "newlyGraduatedSocialWorkers", 2L);
    put(variables, "medCommitteeInformed", true);
    put(variables, "coordinatorName", "Mette Mentor");
    put(variables, "workingGroup", "Leder, tillidsrepræsentant og to socialrådgivere");
    return variables;
  }

  private static void put(Map<String, Object> variables, String name, Object value) {
    String type = value instanceof Long ? "Long" : value instanceof Boolean ? "Boolean" : "String";
    variables.put(name, Map.of("value", value, "type", type));
  }
}

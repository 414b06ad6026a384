package dk.puljeflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Part 4: start-up time and resident memory of the application in a child JVM (java -Xmx&lt;bench.heap&gt;
 * &lt;bench.childJvmArgs&gt; -cp &lt;test classpath&gt; BenchServer: test profile, new H2 file database, mail to
 * the bench's SMTP server), started bench.runs times, with Spring's slowest start-up steps. With bench.cds=true every start
 * maps a class-data archive that one training start wrote before (see {@link ClassDataSharing}).
 * Time is measured from JVM start (RuntimeMXBean uptime) to ApplicationReadyEvent, and from spawning the
 * process in the parent to the ready line; RSS is VmRSS from /proc/&lt;pid&gt;/status 2 s after ready.
 */
final class StartupBench {

  private final BenchSettings settings;

  StartupBench(BenchSettings settings) {
    this.settings = settings;
  }

  Map<String, Object> run() throws Exception {
    ClassDataSharing.Setup classes = ClassDataSharing.setup(settings);
    Map<String, Object> result = new LinkedHashMap<>();
    if (settings.cds()) {
      result.put("cdsArchiveMiB", classes.archiveMiB());
      result.put("cdsTrainingSeconds", classes.trainingSeconds());
    }
    List<Map<String, Object>> starts = new ArrayList<>();
    // Start 1 creates the database (schemas, migrations, first deployment); the others restart on it.
    Path database = Files.createTempDirectory("bench-db");
    for (int run = 1; run <= settings.runs(); run++) {
      try (ChildApp app = new ChildApp(settings, database, classes.classPath(), classes.jvmArgs())) {
        Thread.sleep(2000);
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("database", run == 1 ? "new" : "existing");
        start.put("jvmToReadyMillis", app.jvmToReadyMillis);
        start.put("spawnToReadyMillis", app.spawnToReadyMillis);
        start.put("runToReadyMillis", app.runToReadyMillis);
        start.put("rssAfterStartMiB", app.residentMiB());
        start.put("slowestStartupSteps", app.slowestStartupSteps);
        System.out.printf("startup %d (%s database): %d ms JVM start to ready (%d ms from spawn), RSS %.0f MiB (-Xmx%s)%n", run,
            start.get("database"), app.jvmToReadyMillis, app.spawnToReadyMillis, start.get("rssAfterStartMiB"), settings.heap());
        starts.add(start);
      }
    }
    result.put("heap", "-Xmx" + settings.heap());
    result.put("childJvmArgs", settings.childJvmArgs());
    result.put("childEnvironment", settings.childEnvironment());
    result.put("classDataSharing", settings.cds());
    result.put("starts", starts);
    List<Map<String, Object>> restarts = starts.subList(Math.min(1, starts.size()), starts.size());
    result.put("newDatabaseJvmToReadyMillis", starts.get(0).get("jvmToReadyMillis"));
    result.put("medianRestartJvmToReadyMillis", restarts.isEmpty() ? null : median(restarts, "jvmToReadyMillis"));
    result.put("medianJvmToReadyMillis", median(starts, "jvmToReadyMillis"));
    result.put("medianSpawnToReadyMillis", median(starts, "spawnToReadyMillis"));
    result.put("medianRssAfterStartMiB", median(starts, "rssAfterStartMiB"));
    return result;
  }

  private static double median(List<Map<String, Object>> starts, String key) {
    return Stats.median(starts.stream().map(s -> ((Number) s.get(key)).doubleValue()).toList());
  }
}

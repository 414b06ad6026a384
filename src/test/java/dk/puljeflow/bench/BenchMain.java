package dk.puljeflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the benchmarks (mvn -Pbench, see README "Benchmarks"): lifecycle, http, timers, startup, as
 * chosen with -Dbench.parts. Each part writes target/bench/&lt;part&gt;[-label].json and prints a summary.
 * Nothing here asserts a timing; a part fails only when the cases do not do what they should.
 */
public final class BenchMain {

  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    BenchSettings settings = BenchSettings.fromSystemProperties();
    Path out = Path.of("target", "bench");
    Files.createDirectories(out);
    System.out.println("bench settings: " + settings);
    for (String part : settings.parts()) {
      long start = System.nanoTime();
      Map<String, Object> result = switch (part) {
        case "lifecycle" -> new LifecycleBench(settings).run();
        case "http" -> new HttpBench(settings).run();
        case "timers" -> new TimerBench(settings).run();
        case "startup" -> new StartupBench(settings).run();
        default -> throw new IllegalArgumentException("Unknown bench part " + part);
      };
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("part", part);
      document.put("label", settings.label());
      document.put("finishedAt", Instant.now().toString());
      document.put("machine", machine());
      document.put("partSeconds", (System.nanoTime() - start) / 1_000_000_000.0);
      document.put("result", result);
      String name = settings.label().equals("default") ? part : part + "-" + settings.label();
      Path file = out.resolve(name + ".json");
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), document);
      System.out.println("wrote " + file);
    }
    System.exit(0);
  }

  static Map<String, Object> machine() {
    Map<String, Object> machine = new LinkedHashMap<>();
    machine.put("cores", Runtime.getRuntime().availableProcessors());
    machine.put("memoryGiB", totalMemoryGiB());
    machine.put("benchJvmMaxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
    machine.put("java", System.getProperty("java.version"));
    machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
    machine.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    return machine;
  }

  private static double totalMemoryGiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Math.round(Long.parseLong(line.replaceAll("\\D", "")) / 1024.0 / 1024.0 * 10) / 10.0;
        }
      }
    } catch (Exception ignored) {
      // not Linux
    }
    return -1;
  }
}

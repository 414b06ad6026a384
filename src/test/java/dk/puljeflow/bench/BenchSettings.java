package dk.puljeflow.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The benchmark's knobs, all system properties (-Dbench.x=...), with defaults that finish in minutes. */
record BenchSettings(List<String> parts, int cases, int runs, int threads, String history, int timerCases,
    int httpSeconds, int httpWarmupSeconds, List<Integer> httpClients, String heap, List<String> childJvmArgs,
    Map<String, String> appProperties, Map<String, String> childEnvironment, String label, boolean cds,
    boolean bareIndexes) {

  static BenchSettings fromSystemProperties() {
    return new BenchSettings(
        list(System.getProperty("bench.parts", "lifecycle,http,timers,startup")),
        Integer.getInteger("bench.cases", 200),
        Integer.getInteger("bench.runs", 3),
        Integer.getInteger("bench.threads", 2),
        System.getProperty("bench.history", "full"),
        Integer.getInteger("bench.timerCases", 1000),
        Integer.getInteger("bench.httpSeconds", 30),
        Integer.getInteger("bench.httpWarmupSeconds", 30),
        list(System.getProperty("bench.httpClients", "5,50")).stream().map(Integer::valueOf).toList(),
        System.getProperty("bench.heap", "512m"),
        Arrays.stream(System.getProperty("bench.childJvmArgs", "").trim().split("\\s+")).filter(a -> !a.isEmpty()).toList(),
        properties(System.getProperty("bench.appProps", "")),
        properties(System.getProperty("bench.childEnv", "")),
        System.getProperty("bench.label", "default"),
        Boolean.getBoolean("bench.cds"),
        Boolean.parseBoolean(System.getProperty("bench.bareIndexes", "true")));
  }

  /** Spring properties for every application the bench starts; the history level applies to both sides. */
  Map<String, String> springProperties() {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("camunda.bpm.history-level", history);
    all.put("logging.level.root", "warn");
    all.put("logging.level.dk.puljeflow", "error");
    all.put("spring.main.banner-mode", "off");
    all.putAll(appProperties);
    return all;
  }

  private static List<String> list(String value) {
    return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** "a=b;c=d" (semicolons, since values such as pool sizes may hold commas). */
  private static Map<String, String> properties(String value) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String pair : value.split(";")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        map.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }
    return map;
  }
}

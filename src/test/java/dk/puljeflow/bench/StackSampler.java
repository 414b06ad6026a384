package dk.puljeflow.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A poor man's profiler: samples the stacks of the driving threads every few milliseconds and counts
 * (a) what kind of code is on top (database, mail, templates, engine, ...) and (b) which Puljeflow
 * class (delegate, listener, service) is on the stack. Enough to say where the time goes.
 */
final class StackSampler implements AutoCloseable {

  private static final List<String[]> CATEGORIES = List.of(
      new String[] {"org.h2.", "H2 database (SQL execution)"},
      new String[] {"com.zaxxer.", "Hikari connection pool"},
      new String[] {"org.hibernate.", "Hibernate / JPA"},
      new String[] {"org.springframework.data.", "Spring Data repositories"},
      new String[] {"com.icegreen.", "SMTP (GreenMail server side)"},
      new String[] {"jakarta.mail.", "SMTP client (Jakarta Mail)"},
      new String[] {"org.eclipse.angus.", "SMTP client (Jakarta Mail)"},
      new String[] {"org.thymeleaf.", "Thymeleaf mail templates"},
      new String[] {"org.apache.ibatis.", "MyBatis (Camunda persistence)"},
      new String[] {"org.camunda.bpm.dmn.", "DMN evaluation"},
      new String[] {"org.camunda.bpm.engine.impl.persistence.", "Camunda persistence"},
      new String[] {"org.camunda.bpm.engine.impl.db.", "Camunda persistence"},
      new String[] {"org.camunda.", "Camunda engine"},
      new String[] {"com.fasterxml.", "JSON (Jackson)"},
      new String[] {"org.springframework.", "Spring (transactions, proxies)"},
      new String[] {"dk.puljeflow.", "Puljeflow code"});

  private final Map<String, Integer> categories = new ConcurrentHashMap<>();
  private final Map<String, Integer> puljeflowFrames = new ConcurrentHashMap<>();
  private final Thread sampler;
  private volatile boolean running = true;
  private volatile int samples;

  StackSampler(Predicate<Thread> sampled, long intervalMillis) {
    sampler = new Thread(() -> {
      while (running) {
        for (Map.Entry<Thread, StackTraceElement[]> entry : Thread.getAllStackTraces().entrySet()) {
          if (entry.getKey().getState() == Thread.State.WAITING || !sampled.test(entry.getKey())) {
            continue;
          }
          record(entry.getValue());
        }
        samples++;
        try {
          Thread.sleep(intervalMillis);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "bench-sampler");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void record(StackTraceElement[] stack) {
    if (stack.length == 0 || isIdle(stack)) {
      return;
    }
    String category = "other: " + stack[0].getClassName();
    outer:
    for (StackTraceElement frame : stack) {
      for (String[] rule : CATEGORIES) {
        if (frame.getClassName().startsWith(rule[0])) {
          category = rule[1];
          break outer;
        }
      }
    }
    if (category.startsWith("other: java.")) {
      category = "JDK (" + stack[0].getClassName() + ")";
    }
    categories.merge(category, 1, Integer::sum);
    for (StackTraceElement frame : stack) {
      if (frame.getClassName().startsWith("dk.puljeflow.") && !frame.getClassName().startsWith("dk.puljeflow.bench.")
          && !frame.getClassName().contains("$$") && !frame.getClassName().contains("Interceptor")) {
        puljeflowFrames.merge(frame.getClassName().replace("dk.puljeflow.", "") + "." + frame.getMethodName(), 1, Integer::sum);
        return;
      }
    }
    // Command interceptors wrap every engine call; they say nothing about which step the time belongs to.
    puljeflowFrames.merge("(no Puljeflow frame: engine work)", 1, Integer::sum);
  }

  private static boolean isIdle(StackTraceElement[] stack) {
    String top = stack[0].getClassName() + "." + stack[0].getMethodName();
    return top.startsWith("jdk.internal.misc.Unsafe.park") || top.startsWith("java.lang.Object.wait")
        || top.startsWith("java.lang.Thread.sleep");
  }

  Map<String, Object> report(int top) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("sampleRounds", samples);
    report.put("byCodeOnTop", percentages(categories, top));
    report.put("byPuljeflowFrame", percentages(puljeflowFrames, top));
    return report;
  }

  private static Map<String, String> percentages(Map<String, Integer> counts, int top) {
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, String> result = new LinkedHashMap<>();
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(e -> result.put(e.getKey(), String.format("%.1f%%", 100.0 * e.getValue() / Math.max(1, total))));
    return result;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}

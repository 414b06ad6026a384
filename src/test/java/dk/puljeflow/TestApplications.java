package dk.puljeflow;

import java.lang.reflect.Field;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole application the way {@code java -jar} does, for tests of start-up itself. */
public final class TestApplications {

  private TestApplications() {}

  /** Starts with the {@code test} profile; {@code properties} win over every configuration file. */
  public static ConfigurableApplicationContext start(Map<String, String> properties) {
    return start(List.of("test"), properties);
  }

  /** Starts with these profiles; {@code properties} win over every configuration file. */
  public static ConfigurableApplicationContext start(List<String> profiles, Map<String, String> properties) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("server.port", "0");
    all.putAll(properties);
    String[] args = all.entrySet().stream()
        .map(property -> "--" + property.getKey() + "=" + property.getValue())
        .toArray(String[]::new);
    try {
      return new SpringApplicationBuilder(PuljeflowApplication.class).profiles(profiles.toArray(String[]::new)).run(args);
    } catch (RuntimeException failedStart) {
      forgetFailedContext();
      throw failedStart;
    }
  }

  /**
   * The Camunda webapp starter keeps the application context in a static field that it clears only
   * when a context closes; a refresh that fails never closes, so the next start in the same JVM would
   * find the dead context. A real JVM stops after a failed start, so only tests need this.
   */
  private static void forgetFailedContext() {
    try {
      Field context = LazyInitRegistration.class.getDeclaredField("APPLICATION_CONTEXT");
      context.setAccessible(true);
      context.set(null, null);
      Field registrations = LazyInitRegistration.class.getDeclaredField("REGISTRATION");
      registrations.setAccessible(true);
      ((Set<?>) registrations.get(null)).clear();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Camunda's LazyInitRegistration changed; adapt this test helper", e);
    }
  }

  /** The first exception of {@code type} in the cause chain of {@code error}, or an assertion error. */
  public static <T extends Throwable> T causeOfType(Throwable error, Class<T> type) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError("No " + type.getSimpleName() + " in the cause chain of " + error, error);
  }
}

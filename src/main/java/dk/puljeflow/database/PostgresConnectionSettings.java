package dk.puljeflow.database;

import dk.puljeflow.StartupCheckFailed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Stops start-up under the {@code postgres} profile when the database connection is not configured,
 * naming the variables to set. Without this check Spring would bind an unset {@code ${PULJEFLOW_DB_...}}
 * literally, and the failure would surface later as a puzzling connection error. Registered in
 * {@code META-INF/spring.factories}.
 */
class PostgresConnectionSettings implements EnvironmentPostProcessor {

  private static final Map<String, String> REQUIRED = new LinkedHashMap<>();

  static {
    REQUIRED.put("spring.datasource.url", "PULJEFLOW_DB_URL");
    REQUIRED.put("spring.datasource.username", "PULJEFLOW_DB_USERNAME");
    REQUIRED.put("spring.datasource.password", "PULJEFLOW_DB_PASSWORD");
  }

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!environment.acceptsProfiles(Profiles.of("postgres"))) {
      return;
    }
    List<String> missing = new ArrayList<>();
    REQUIRED.forEach((property, variable) -> {
      try {
        if (environment.getProperty(property) == null) {
          missing.add(variable);
        }
      } catch (IllegalArgumentException unresolved) {
        missing.add(variable);
      }
    });
    if (!missing.isEmpty()) {
      throw new StartupCheckFailed("The postgres profile has no database connection: " + String.join(", ", missing)
          + " not set.", "Set PULJEFLOW_DB_URL (e.g. jdbc:postgresql://db.example.dk:5432/puljeflow), PULJEFLOW_DB_USERNAME"
          + " and PULJEFLOW_DB_PASSWORD (or SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and"
          + " SPRING_DATASOURCE_PASSWORD). There is no default password.", null);
    }
  }
}

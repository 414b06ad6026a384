package dk.puljeflow.database;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param camundaMigrations where Camunda's own versioned SQL scripts lie, applied by Flyway before
 *     Puljeflow's migrations (the {@code postgres} profile sets it, together with
 *     {@code camunda.bpm.database.schema-update=false}); empty: the engine creates its tables itself
 *     (the embedded H2 default)
 */
@ConfigurationProperties("puljeflow.database")
public record DatabaseProperties(List<String> camundaMigrations) {

  public DatabaseProperties {
    camundaMigrations = camundaMigrations == null ? List.of() : List.copyOf(camundaMigrations);
  }
}

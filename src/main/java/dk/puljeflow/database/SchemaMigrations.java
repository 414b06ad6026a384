package dk.puljeflow.database;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway at start-up: Camunda's schema first when {@code puljeflow.database.camunda-migrations} names
 * its scripts, then Puljeflow's own tables ({@code db/migration}). The process engine starts only
 * after both (see {@link ProcessEngineAfterMigrations}).
 */
@Configuration(proxyBeanMethods = false)
class SchemaMigrations {

  @Bean
  FlywayMigrationStrategy camundaSchemaThenPuljeflow(DatabaseProperties properties) {
    return flyway -> {
      if (!properties.camundaMigrations().isEmpty()) {
        CamundaSchema.migrate(flyway.getConfiguration(), properties.camundaMigrations());
      }
      flyway.migrate();
    };
  }
}

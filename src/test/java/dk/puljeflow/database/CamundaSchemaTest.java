package dk.puljeflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import dk.puljeflow.PostgresTestDatabase;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Camunda's tables on PostgreSQL: created from Camunda's script once, and adopted when the engine made them. */
@Tag("postgres")
@ExtendWith(PostgresTestDatabase.Required.class)
class CamundaSchemaTest {

  private static final List<String> SCRIPTS = List.of("classpath:db/camunda/postgresql");

  String schema;
  Configuration flyway;
  JdbcTemplate sql;

  @BeforeEach
  void emptySchema() {
    schema = PostgresTestDatabase.createSchema("schema");
    Map<String, String> properties = PostgresTestDatabase.springProperties(schema);
    DriverManagerDataSource dataSource = new DriverManagerDataSource(properties.get("spring.datasource.url"),
        properties.get("spring.datasource.username"), properties.get("spring.datasource.password"));
    flyway = Flyway.configure().dataSource(dataSource);
    sql = new JdbcTemplate(dataSource);
  }

  @AfterEach
  void dropSchema() {
    PostgresTestDatabase.dropSchema(schema);
  }

  @Test
  void createsCamundasTablesOnceFromItsScript() {
    CamundaSchema.migrate(flyway, SCRIPTS);
    CamundaSchema.migrate(flyway, SCRIPTS);

    assertThat(sql.queryForList("select version || ' ' || type from camunda_schema_history", String.class))
        .containsExactly("7.24.0 SQL", "7.24.0.1 SQL");
    assertThat(sql.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'schema.version'", String.class))
        .isEqualTo("fox");
    assertThat(sql.queryForObject("select VERSION_ from ACT_GE_SCHEMA_LOG", String.class)).isEqualTo("7.24.0");
  }

  @Test
  void adoptsTablesTheEngineCreatedWithoutRunningTheScriptAgain() {
    CamundaSchema.migrate(flyway, SCRIPTS);
    // As the engine's schema-update leaves them: Camunda's tables, no migration history.
    sql.execute("drop table camunda_schema_history");

    CamundaSchema.migrate(flyway, SCRIPTS);

    assertThat(sql.queryForList("select version || ' ' || type from camunda_schema_history", String.class))
        .containsExactly("7.24.0 BASELINE", "7.24.0.1 SQL");
  }
}

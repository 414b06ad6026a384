package dk.puljeflow.database;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Camunda's tables as a versioned schema of their own: Camunda's SQL scripts (one per Camunda
 * version: the create script, later Camunda's upgrade scripts) applied by Flyway with their own
 * history table, {@value #HISTORY_TABLE}, next to Puljeflow's {@code flyway_schema_history}. Flyway's
 * lock makes nodes that start at the same time wait for each other; the engine only checks the schema
 * ({@code camunda.bpm.database.schema-update=false}).
 *
 * <p>A database whose Camunda tables the engine created itself (schema-update) is adopted: its
 * history starts at the Camunda version recorded in {@code ACT_GE_SCHEMA_LOG}, and only later
 * scripts run.
 */
final class CamundaSchema {

  static final String HISTORY_TABLE = "camunda_schema_history";

  private static final Logger log = LoggerFactory.getLogger(CamundaSchema.class);

  private CamundaSchema() {}

  static void migrate(Configuration puljeflow, List<String> locations) {
    String existing = versionCreatedByEngine(puljeflow.getDataSource(), defaultSchema(puljeflow));
    FluentConfiguration camunda = Flyway.configure(puljeflow.getClassLoader())
        .configuration(puljeflow)
        .table(HISTORY_TABLE)
        .locations(locations.toArray(String[]::new))
        .placeholderReplacement(false)
        .baselineOnMigrate(existing != null);
    if (existing != null) {
      camunda.baselineVersion(existing).baselineDescription("Camunda tables made without this history");
    }
    int applied = camunda.load().migrate().migrationsExecuted;
    log.info("Camunda schema: {} script(s) applied from {}", applied, locations);
  }

  private static String defaultSchema(Configuration configuration) {
    if (configuration.getDefaultSchema() != null) {
      return configuration.getDefaultSchema();
    }
    return configuration.getSchemas().length > 0 ? configuration.getSchemas()[0] : null;
  }

  /**
   * The Camunda version of tables that exist without a Camunda migration history (created by the
   * engine's schema-update), or null when there are none or the history exists.
   */
  private static String versionCreatedByEngine(DataSource dataSource, String schema) {
    try (Connection connection = dataSource.getConnection()) {
      String inSchema = schema != null ? schema : connection.getSchema();
      if (!tableExists(connection, inSchema, "act_ge_schema_log") || tableExists(connection, inSchema, HISTORY_TABLE)) {
        return null;
      }
      String qualifier = schema != null ? schema + "." : "";
      try (Statement statement = connection.createStatement();
          ResultSet version = statement.executeQuery(
              "select VERSION_ from " + qualifier + "ACT_GE_SCHEMA_LOG order by TIMESTAMP_ desc, ID_ desc")) {
        return version.next() ? version.getString(1) : null;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the Camunda schema version: " + e.getMessage(), e);
    }
  }

  private static boolean tableExists(Connection connection, String schema, String table) throws SQLException {
    for (String name : new String[] {table, table.toUpperCase()}) {
      try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), schema, name, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}

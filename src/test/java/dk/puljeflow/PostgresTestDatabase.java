package dk.puljeflow;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The PostgreSQL that tests run against: 127.0.0.1:5432, database {@code test}, user {@code postgres}
 * without a password (override with the system properties {@code puljeflow.test.postgres.url},
 * {@code .username}, {@code .password}). Each run gets a schema of its own, so runs never meet each
 * other's leftovers; schemas of runs older than a day are dropped when a new one is made.
 */
public final class PostgresTestDatabase {

  private static final String SCHEMA_PREFIX = "pf_";
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

  public static final String URL = System.getProperty("puljeflow.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/test");
  public static final String USERNAME = System.getProperty("puljeflow.test.postgres.username", "postgres");
  public static final String PASSWORD = System.getProperty("puljeflow.test.postgres.password", "");

  private PostgresTestDatabase() {}

  /** Skips a test class, with the reason printed, when PostgreSQL does not answer. */
  public static final class Required implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String unavailable = unavailableReason();
      if (unavailable == null) {
        return ConditionEvaluationResult.enabled("PostgreSQL answers at " + URL);
      }
      System.out.println(context.getDisplayName() + " skipped: " + unavailable);
      return ConditionEvaluationResult.disabled(unavailable);
    }
  }

  /** Why PostgreSQL cannot be used, or null when it answers. */
  public static String unavailableReason() {
    try (Connection connection = connect()) {
      return null;
    } catch (SQLException e) {
      return "PostgreSQL does not answer at " + URL + " as " + USERNAME + " (" + e.getMessage() + ")";
    }
  }

  /** A new, empty schema named after {@code purpose} and the time, e.g. {@code pf_process_20261123_180102_3f9a}. */
  public static String createSchema(String purpose) {
    LocalDateTime now = LocalDateTime.now();
    String schema = SCHEMA_PREFIX + purpose + "_" + now.format(STAMP) + "_"
        + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x1000, 0x10000));
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      dropSchemasOlderThan(connection, now.minusDays(1));
      statement.execute("create schema " + schema);
      return schema;
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create schema " + schema + ": " + e.getMessage(), e);
    }
  }

  public static void dropSchema(String schema) {
    try (Connection connection = connect(); Statement statement = connection.createStatement()) {
      statement.execute("drop schema if exists " + schema + " cascade");
    } catch (SQLException e) {
      System.out.println("Could not drop test schema " + schema + ": " + e.getMessage());
    }
  }

  /** Spring properties that point the application at {@code schema}. */
  public static Map<String, String> springProperties(String schema) {
    Map<String, String> properties = new LinkedHashMap<>();
    // A test database needs no durability: commits do not wait for the disk.
    properties.put("spring.datasource.url", URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema
        + "&options=-c%20synchronous_commit%3Doff");
    properties.put("spring.datasource.username", USERNAME);
    properties.put("spring.datasource.password", PASSWORD);
    return properties;
  }

  private static Connection connect() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", USERNAME);
    properties.setProperty("password", PASSWORD);
    properties.setProperty("connectTimeout", "5");
    properties.setProperty("loginTimeout", "5");
    return DriverManager.getConnection(URL, properties);
  }

  private static void dropSchemasOlderThan(Connection connection, LocalDateTime limit) throws SQLException {
    List<String> stale = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet schemas = statement.executeQuery(
            "select nspname from pg_namespace where nspname like '" + SCHEMA_PREFIX + "%'")) {
      while (schemas.next()) {
        String name = schemas.getString(1);
        LocalDateTime created = createdAt(name);
        if (created != null && created.isBefore(limit)) {
          stale.add(name);
        }
      }
    }
    for (String name : stale) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("drop schema if exists " + name + " cascade");
      }
    }
  }

  private static LocalDateTime createdAt(String schema) {
    String[] parts = schema.split("_");
    if (parts.length < 4) {
      return null;
    }
    try {
      return LocalDateTime.parse(parts[parts.length - 3] + "_" + parts[parts.length - 2], STAMP);
    } catch (RuntimeException e) {
      return null;
    }
  }
}

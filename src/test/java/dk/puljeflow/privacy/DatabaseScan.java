package dk.puljeflow.privacy;

import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * Looks for values in every column of every table of the database: Puljeflow's and the engine's
 * ({@code ACT_*}) alike, text, large objects and binary columns (read as UTF-8) included, case ignored.
 */
public final class DatabaseScan {

  private DatabaseScan() {}

  /** For each value found: where, as {@code TABLE.COLUMN}. Values found nowhere are missing from the map. */
  public static Map<String, Set<String>> find(DataSource dataSource, Collection<String> values) {
    Map<String, Set<String>> found = new TreeMap<>();
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      for (String table : tables(connection)) {
        try (ResultSet rows = statement.executeQuery("select * from " + table)) {
          ResultSetMetaData columns = rows.getMetaData();
          while (rows.next()) {
            for (int column = 1; column <= columns.getColumnCount(); column++) {
              String text = text(rows.getObject(column));
              if (text == null) {
                continue;
              }
              String lower = text.toLowerCase(Locale.ROOT);
              for (String value : values) {
                if (lower.contains(value.toLowerCase(Locale.ROOT))) {
                  found.computeIfAbsent(value, v -> new TreeSet<>())
                      .add(unquoted(table) + "." + columns.getColumnName(column).toUpperCase(Locale.ROOT));
                }
              }
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Scanning the database failed", e);
    }
    return found;
  }

  /** Every table of the application's schema, quoted for a query. */
  static List<String> tables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    DatabaseMetaData metaData = connection.getMetaData();
    try (ResultSet found = metaData.getTables(null, connection.getSchema(), "%", null)) {
      while (found.next()) {
        if (found.getString("TABLE_TYPE").toUpperCase(Locale.ROOT).contains("TABLE")) {
          tables.add('"' + found.getString("TABLE_SCHEM") + "\".\"" + found.getString("TABLE_NAME") + '"');
        }
      }
    }
    if (tables.size() < 40) {
      throw new IllegalStateException("Expected Puljeflow's and the engine's tables, found only " + tables);
    }
    return tables;
  }

  private static String unquoted(String table) {
    return table.substring(table.indexOf("\".\"") + 3, table.length() - 1).toUpperCase(Locale.ROOT);
  }

  private static String text(Object value) throws SQLException {
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (value instanceof Blob blob) {
      return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
    }
    if (value instanceof Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return value.toString();
  }
}

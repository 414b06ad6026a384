package dk.puljeflow.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dk.puljeflow.ProcessTest;
import dk.puljeflow.privacy.ApplicationTables.Table;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every column of Puljeflow's own tables is classified for anonymisation: kept or replaced. A migration
 * that adds a table or a column fails here until {@link ApplicationTables} says what becomes of it.
 */
class ApplicationTablesTest extends ProcessTest {

  @Autowired DataSource dataSource;

  @Test
  void everyColumnOfEveryTableOfPuljeflowIsClassified() throws SQLException {
    Map<String, Set<String>> actual = puljeflowTables();
    Map<String, Set<String>> classified = new TreeMap<>();
    for (Table table : personalTables()) {
      assertThat(classified.put(table.name(), new TreeSet<>(table.columns().keySet()))).as(table.name()).isNull();
    }

    Map<String, Set<String>> withPersonalData = new TreeMap<>(actual);
    withPersonalData.keySet().removeAll(ApplicationTables.WITHOUT_PERSONAL_DATA.keySet());
    assertThat(withPersonalData).isEqualTo(classified);
    Set<String> everywhere = new TreeSet<>(ApplicationTables.WITHOUT_PERSONAL_DATA.keySet());
    everywhere.removeAll(ApplicationTables.ONLY_ON_SOME_DATABASES);
    assertThat(actual).containsKeys(everywhere.toArray(String[]::new));
  }

  @Test
  void everyTableOfAnApplicationOrACandidateNamesIt() {
    assertThat(ApplicationTables.OF_A_CANDIDATE).allSatisfy(table -> {
      assertThat(table.columns()).containsKey(table.applicationColumn()).containsKey("id");
      assertThat(table.parentTable()).isNull();
    });
    assertThat(ApplicationTables.OF_AN_APPLICATION).allSatisfy(table -> {
      assertThat(table.columns()).containsKey(table.applicationColumn()).containsKey("id");
      // A parent table is one of these and names the application itself, so one level is enough.
      if (table.parentTable() != null) {
        assertThat(ApplicationTables.OF_AN_APPLICATION).filteredOn(parent -> parent.name().equals(table.parentTable()))
            .singleElement().satisfies(parent -> assertThat(parent.parentTable()).isNull());
      }
    });
  }

  private static List<Table> personalTables() {
    List<Table> tables = new ArrayList<>(ApplicationTables.OF_AN_APPLICATION);
    tables.addAll(ApplicationTables.OF_A_CANDIDATE);
    return tables;
  }

  /** Table to columns, lower case, of every table that is not the engine's. */
  private Map<String, Set<String>> puljeflowTables() throws SQLException {
    Map<String, Set<String>> tables = new LinkedHashMap<>();
    try (Connection connection = dataSource.getConnection();
        ResultSet columns = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
      while (columns.next()) {
        String table = columns.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!table.startsWith("act_")) {
          tables.computeIfAbsent(table, t -> new TreeSet<>()).add(columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    return new TreeMap<>(tables);
  }
}

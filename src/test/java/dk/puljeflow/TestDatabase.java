package dk.puljeflow;

import java.util.Map;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The database of the shared test context: an in-memory H2 unless the system property
 * {@code puljeflow.test.database} is {@code postgres} (Maven profile {@code postgres}); then the
 * {@code postgres} profile runs against {@link PostgresTestDatabase} in a schema of this run's own, and
 * when PostgreSQL does not answer every test of that context is skipped with the reason printed.
 */
public final class TestDatabase implements ExecutionCondition {

  private static final boolean POSTGRES = "postgres".equals(System.getProperty("puljeflow.test.database"));
  private static String skipReason;
  private static boolean prepared;

  public static boolean postgres() {
    return POSTGRES;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!POSTGRES) {
      return ConditionEvaluationResult.enabled("H2 in memory");
    }
    String reason = prepare();
    return reason == null
        ? ConditionEvaluationResult.enabled("PostgreSQL " + PostgresTestDatabase.URL)
        : ConditionEvaluationResult.disabled(reason);
  }

  /** Once per JVM: checks the connection and, if it answers, makes the schema and points Spring at it. */
  private static synchronized String prepare() {
    if (!prepared) {
      prepared = true;
      String unavailable = PostgresTestDatabase.unavailableReason();
      if (unavailable != null) {
        skipReason = unavailable;
        System.out.println("Tests on PostgreSQL skipped: " + unavailable);
      } else {
        String schema = PostgresTestDatabase.createSchema("process");
        Map<String, String> properties = PostgresTestDatabase.springProperties(schema);
        properties.forEach(System::setProperty);
        System.out.println("PostgreSQL tests run in " + PostgresTestDatabase.URL + ", schema " + schema);
      }
    }
    return skipReason;
  }

  /** {@code test}, plus {@code postgres} when the tests run against PostgreSQL. */
  public static final class Profiles implements ActiveProfilesResolver {

    @Override
    public String[] resolve(Class<?> testClass) {
      return POSTGRES ? new String[] {"test", "postgres"} : new String[] {"test"};
    }
  }
}

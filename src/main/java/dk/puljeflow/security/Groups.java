package dk.puljeflow.security;

import java.util.List;

/** The Camunda groups Puljeflow's roles map to. Group ids double as Spring Security roles. */
public final class Groups {

  /** Technical administrators: Camunda Admin, redeploy, everything. Camunda's built-in admin group. */
  public static final String ADMIN = "camunda-admin";
  /** Read-only overview in Cockpit. */
  public static final String MANAGER = "manager";
  /** Handle applications in Tasklist. */
  public static final String CASEWORKER = "caseworker";
  /** Pool administrators; sign contracts on behalf of the pool owner. */
  public static final String POOL_ADMIN = "pool-admin";
  /** Collect payment instructions. */
  public static final String FINANCE = "finance";
  /** External parties (applicant, nearest manager, union representative) who sign in Tasklist. */
  public static final String SIGNER = "signer";
  /** Other systems that submit applications through the HTTP API; no webapp. */
  public static final String INTEGRATION = "integration";
  /**
   * TSL's transition advisers (omställningsrådgivare): decide on transition projects, hold the mapping
   * meetings and follow the persons' support. TSL's tasks and its API are theirs (and managers' to read),
   * not the Danish pools' caseworkers'.
   */
  public static final String TSL_ADVISER = "tsl-adviser";

  public static final List<String> ALL =
      List.of(ADMIN, MANAGER, CASEWORKER, POOL_ADMIN, FINANCE, SIGNER, INTEGRATION, TSL_ADVISER);

  private Groups() {}
}

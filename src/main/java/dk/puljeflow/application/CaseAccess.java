package dk.puljeflow.application;

import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.security.Groups;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which pools' cases the signed-in user may read: a caseworker those whose caseworker group they are in
 * (the pools whose tasks they get), managers and administrators every pool. Work without a signed-in
 * user (jobs, the public pages, which a personal link authorises) is not narrowed here. A case outside
 * the user's pools is answered as not found, so its number does not even reveal that it exists.
 */
@Component
public class CaseAccess {

  private static final String ROLE = "ROLE_";

  private final PoolRepository pools;

  CaseAccess(PoolRepository pools) {
    this.pools = pools;
  }

  /** The ids of the pools the user may see, or empty when every pool. */
  public Optional<Set<String>> visiblePools() {
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (user == null || !user.isAuthenticated() || user instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    Set<String> groups = user.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(authority -> authority.startsWith(ROLE))
        .map(authority -> authority.substring(ROLE.length()))
        .collect(Collectors.toSet());
    if (groups.contains(Groups.ADMIN) || groups.contains(Groups.MANAGER)) {
      return Optional.empty();
    }
    return Optional.of(pools.findAll().stream()
        .filter(pool -> groups.contains(pool.getCaseworkerGroup()))
        .map(Pool::getId)
        .collect(Collectors.toSet()));
  }

  /** The application, or not found when it is outside the user's pools. */
  public GrantApplication check(GrantApplication application) {
    if (visiblePools().map(visible -> !visible.contains(application.getPoolId())).orElse(false)) {
      throw new ApplicationNotFoundException(application.getApplicationNumber());
    }
    return application;
  }
}

package dk.puljeflow.security;

import static org.springframework.security.config.Customizer.withDefaults;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who may call what. The engine REST API and the application API take HTTP Basic against the Camunda
 * identity service; the Camunda webapps keep their own login and CSRF protection; health and the
 * public pages (personal links) are anonymous. Authorizations inside the engine are Camunda's
 * (enabled in application.yaml).
 */
@Configuration
class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain actuator(HttpSecurity http) throws Exception {
    return stateless(http.securityMatcher(EndpointRequest.toAnyEndpoint()))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .anyRequest().hasRole(Groups.ADMIN))
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    // Path matchers, not MVC ones: /engine-rest is served by Jersey, not by the DispatcherServlet.
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return stateless(http.securityMatcher(new OrRequestMatcher(path.matcher("/engine-rest/**"), path.matcher("/api/**"),
            path.matcher("/cases/**"), path.matcher("/recruitment/**"), path.matcher("/reports/**"))))
        .authorizeHttpRequests(requests -> requests
            // The engine's own authorizations decide what each user may do there.
            .requestMatchers(path.matcher("/engine-rest/**")).authenticated()
            .requestMatchers(path.matcher("/api/admin/**")).hasRole(Groups.ADMIN)
            .requestMatchers(path.matcher("/api/finance/**")).hasAnyRole(Groups.FINANCE, Groups.ADMIN)
            // Reports: deadlines, pool use, funnels, stage times and recruitment progress, for managers.
            .requestMatchers(path.matcher("/api/reports/**"), path.matcher("/reports/**")).hasAnyRole(Groups.MANAGER, Groups.ADMIN)
            // Recruitment: managers follow the progress towards the target; caseworkers refer and work candidates.
            .requestMatchers(path.matcher(HttpMethod.GET, "/api/recruitment/progress")).hasAnyRole(Groups.MANAGER, Groups.ADMIN)
            .requestMatchers(path.matcher("/recruitment/**")).hasAnyRole(Groups.MANAGER, Groups.ADMIN)
            .requestMatchers(path.matcher(HttpMethod.GET, "/api/recruitment/candidates/**"))
            .hasAnyRole(Groups.CASEWORKER, Groups.MANAGER, Groups.ADMIN)
            .requestMatchers(path.matcher("/api/recruitment/**")).hasAnyRole(Groups.CASEWORKER, Groups.ADMIN)
            // TSL omställningsstöd: advisers register projects and report meetings and training applications;
            // managers read projects, suppliers and the outcome report.
            .requestMatchers(path.matcher(HttpMethod.GET, "/api/transition/**"))
            .hasAnyRole(Groups.TSL_ADVISER, Groups.MANAGER, Groups.ADMIN)
            .requestMatchers(path.matcher("/api/transition/**")).hasAnyRole(Groups.TSL_ADVISER, Groups.ADMIN)
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/applications"))
            .hasAnyRole(Groups.CASEWORKER, Groups.INTEGRATION, Groups.ADMIN)
            .requestMatchers(path.matcher(HttpMethod.POST, "/api/applications/*/withdraw")).hasAnyRole(Groups.CASEWORKER, Groups.ADMIN)
            .requestMatchers(path.matcher(HttpMethod.GET, "/api/applications/**"))
            .hasAnyRole(Groups.CASEWORKER, Groups.MANAGER, Groups.ADMIN)
            .requestMatchers(path.matcher(HttpMethod.GET, "/api/pools/**"))
            .hasAnyRole(Groups.CASEWORKER, Groups.MANAGER, Groups.POOL_ADMIN, Groups.FINANCE, Groups.ADMIN)
            .requestMatchers(path.matcher("/cases/**")).hasAnyRole(Groups.CASEWORKER, Groups.MANAGER, Groups.ADMIN)
            // The demo's mailbox exists only with the embedded mail server of a local trial.
            .requestMatchers(path.matcher("/api/demo/**")).authenticated()
            // Changing pools, and anything not named above: administrators only, until a rule says otherwise.
            .anyRequest().hasRole(Groups.ADMIN))
        .build();
  }

  /**
   * The public pages for applicants, signers and workplaces: anonymous (a personal link is the
   * credential), CSRF tokens on every form, and headers that keep the pages out of frames, keep
   * scripts and styles to this server, and keep the token in the address out of any Referer header.
   */
  @Bean
  @Order(3)
  SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
    return http.securityMatcher(new OrRequestMatcher(path.matcher("/ansoeg/**"), path.matcher("/sag/**"),
            path.matcher("/link/**"), path.matcher("/portal/**")))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .headers(headers -> headers
            .contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'self'; script-src 'self'; style-src 'self';"
                + " img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"))
            .frameOptions(frame -> frame.deny())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)))
        .build();
  }

  /** Tasklist, Cockpit and Admin authenticate and protect against CSRF themselves. */
  @Bean
  @Order(4)
  SecurityFilterChain webapps(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  private static HttpSecurity stateless(HttpSecurity http) throws Exception {
    return http
        .httpBasic(withDefaults())
        .csrf(AbstractHttpConfigurer::disable)
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
  }

  /**
   * Hands the user Spring Security authenticated to the engine, so engine REST calls run under that
   * user's Camunda authorizations (the filter reads the user's groups from the identity service).
   */
  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns("/engine-rest/*");
    registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}

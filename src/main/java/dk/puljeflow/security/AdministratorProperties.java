package dk.puljeflow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, normally from the environment ({@code PULJEFLOW_ADMIN_USERNAME},
 * {@code PULJEFLOW_ADMIN_PASSWORD}). Used only to create that user when it does not exist yet; a
 * password changed here later does not change the stored one.
 */
@ConfigurationProperties("puljeflow.admin")
public record AdministratorProperties(String username, String password) {

  boolean isConfigured() {
    return username != null && !username.isBlank() && password != null && !password.isBlank();
  }
}

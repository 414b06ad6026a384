package dk.puljeflow.database;

import java.util.Set;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the process engine wait for Flyway, as Spring Boot does for JPA and JDBC templates: with
 * {@code schema-update=false} the engine checks at start that its tables exist, and Flyway creates
 * them. Registered in {@code META-INF/spring.factories}.
 */
class ProcessEngineAfterMigrations extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineFactoryBean.class);
  }
}

package dk.puljeflow.database;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Lets go of the engine's parsed SQL mapping files once the engine is built. MyBatis keeps each reusable SQL
 * fragment ({@code <sql id=...>}) of Camunda's mapping files as a node of the file's parsed document, and a
 * node keeps its whole document: about 19 MiB of heap that nothing reads once every statement is built
 * (fragments are copied into the statements that include them at parse time). Measured with the benchmark's
 * class histogram (docs/benchmark-rounds.md, seventh round). Only when no statement is left to build later, since
 * that would need them.
 */
@Component
class MappingDocumentRelease extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(MappingDocumentRelease.class);

  private ProcessEngineConfigurationImpl configuration;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    Configuration mappings = configuration.getSqlSessionFactory().getConfiguration();
    if (!mappings.getIncompleteStatements().isEmpty()) {
      log.warn("{} SQL statements of the engine are not built yet; their mapping files stay in memory",
          mappings.getIncompleteStatements().size());
      return;
    }
    mappings.getSqlFragments().clear();
  }
}

package dk.puljeflow.deployment;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Deploys the model set while the context starts, before the web server and the job executor run,
 * so a broken model stops start-up instead of leaving a half-started application.
 */
@Component
class ModelDeploymentOnStartup implements SmartInitializingSingleton {

  private final ModelSetReader reader;
  private final ModelSetDeployer deployer;

  ModelDeploymentOnStartup(ModelSetReader reader, ModelSetDeployer deployer) {
    this.reader = reader;
    this.deployer = deployer;
  }

  @Override
  public void afterSingletonsInstantiated() {
    deployer.deploy(reader.read());
  }
}

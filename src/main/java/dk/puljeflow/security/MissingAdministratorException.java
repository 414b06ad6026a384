package dk.puljeflow.security;

import dk.puljeflow.StartupCheckFailed;

class MissingAdministratorException extends StartupCheckFailed {

  MissingAdministratorException() {
    super("No administrator exists and none is configured. Without one the Camunda Admin app would offer"
            + " its 'create initial user' page to anyone.",
        "Set PULJEFLOW_ADMIN_USERNAME and PULJEFLOW_ADMIN_PASSWORD for the first start"
            + " (or run with the 'demo' profile for a local trial).", null);
  }
}

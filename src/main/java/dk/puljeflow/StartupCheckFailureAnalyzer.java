package dk.puljeflow;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a {@link StartupCheckFailed} as Spring Boot's "APPLICATION FAILED TO START" report. */
class StartupCheckFailureAnalyzer extends AbstractFailureAnalyzer<StartupCheckFailed> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartupCheckFailed cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}

package dk.puljeflow.application;

import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets a refused task form reach the caller as what it is. The engine wraps whatever a task listener
 * throws (ENGINE-03051), so {@link TaskForms}' refusal would look like an engine failure: HTTP 500 with
 * a technical message in Tasklist and the REST API. This interceptor sits outside the transaction,
 * after the rollback, and hands out the refusal itself, which the REST resources answer with 400 and
 * its message; an authorization refusal from a listener likewise becomes 403.
 *
 * <p>A form submitted for a task that no longer exists (the case was withdrawn or decided meanwhile)
 * is refused the same way, with 400 and a message saying so, instead of the REST API's 500 "Cannot
 * find task".
 */
@Component
class FormRefusalUnwrapping extends AbstractProcessEnginePlugin {

  static final String TASK_GONE = "This task no longer exists: the case has been withdrawn, decided or has moved on."
      + " Reload the task list to see what is open now.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new Interceptor());
  }

  static class Interceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
      try {
        return next.execute(command);
      } catch (NullValueException | NotFoundException e) {
        if (completesATask(command) && String.valueOf(e.getMessage()).startsWith("Cannot find task")) {
          throw TaskForms.refuse("task", TASK_GONE);
        }
        throw e;
      } catch (ProcessEngineException e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
          if (cause instanceof FormFieldValidationException refusal) {
            throw refusal;
          }
          if (cause instanceof AuthorizationException refusal) {
            throw refusal;
          }
        }
        throw e;
      }
    }

    private static boolean completesATask(Command<?> command) {
      return command instanceof SubmitTaskFormCmd || command instanceof CompleteTaskCmd;
    }
  }
}

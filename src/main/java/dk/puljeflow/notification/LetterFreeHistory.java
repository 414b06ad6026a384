package dk.puljeflow.notification;

import dk.puljeflow.NarrowedHistoryLevel;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.migration.instance.MigratingProcessElementInstance;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.springframework.stereotype.Component;

/**
 * Keeps letters ("Send notification" instances) out of the engine's history; every other process keeps
 * the configured level.
 *
 * <p>Why: a case sends 13 to 15 letters, each its own root process instance. With full history each one
 * wrote its instance, activities, variable and job log, and its end made the engine stamp a removal time
 * on every history table of that root: 338 of a mentor case's 2,223 SQL statements
 * (docs/benchmark-rounds.md, eleventh round). The history added nothing: a letter's record, attempts, last
 * error and time sent are the {@code notification} table's ({@code GET /api/applications/{number}/notifications}),
 * and a stuck letter's incident is a runtime incident, shown in Cockpit as before. A mail server's error,
 * which may quote an address, no longer lands in history either.
 *
 * <p>How: the engine asks its history level before it makes each history event, passing the entity the
 * event is about. The configured level is wrapped after the engine has set it up (so nothing else sees a
 * different level, and its id, which the database keeps, is unchanged), and the wrapper declines every
 * event about an instance of {@value MailNotifier#PROCESS_KEY}: no rows, and no removal-time stamping at a
 * letter's end. An operator's action on a letter (user operation log) and a migration (a variable's or an
 * incident's move) are asked about with objects that do not tell their definition; the history event
 * handler is wrapped too and drops what is left of a letter's events.
 * Definition ids are {@code key:version:uuid} for a key this short; {@code LetterFreeHistoryTest} checks
 * that, and that a letter writes no history row on its way through sending, failing, an incident and its
 * retry, migrating and cancelling.
 */
@Component
class LetterFreeHistory extends AbstractProcessEnginePlugin {

  static final String LETTER_DEFINITION_PREFIX = MailNotifier.PROCESS_KEY + ":";

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (NarrowedHistoryLevel.install(configuration, WithoutLetters::new)) {
      configuration.setHistoryEventHandler(new LetterEventsDropped(configuration.getHistoryEventHandler()));
    }
  }

  static boolean isLetter(String processDefinitionId) {
    return processDefinitionId != null && processDefinitionId.startsWith(LETTER_DEFINITION_PREFIX);
  }

  /** The configured level, less every event about a letter. */
  record WithoutLetters(HistoryLevel configured) implements NarrowedHistoryLevel {

    @Override
    public boolean declines(HistoryEventType eventType, Object entity) {
      return isLetter(definitionIdOf(entity));
    }

    /** The process definition an event is about, for the entities a letter's events can be about. */
    private static String definitionIdOf(Object entity) {
      if (entity instanceof DelegateExecution execution) {
        return execution.getProcessDefinitionId();
      } else if (entity instanceof JobEntity job) {
        return job.getProcessDefinitionId();
      } else if (entity instanceof VariableInstanceEntity variable) {
        return variable.getProcessDefinitionId();
      } else if (entity instanceof IncidentEntity incident) {
        return incident.getProcessDefinitionId();
      } else if (entity instanceof HistoryEvent event) {
        return event.getProcessDefinitionId();
      } else if (entity instanceof MigratingProcessElementInstance migrating) {
        return migrating.resolveRepresentativeExecution().getProcessDefinitionId();
      }
      return null;
    }
  }

  /** The configured handler, given every history event but a letter's. */
  record LetterEventsDropped(HistoryEventHandler configured) implements HistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (!isLetter(event.getProcessDefinitionId())) {
        configured.handleEvent(event);
      }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
      configured.handleEvents(events.stream().filter(event -> !isLetter(event.getProcessDefinitionId())).toList());
    }
  }
}

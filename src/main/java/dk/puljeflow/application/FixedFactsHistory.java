package dk.puljeflow.application;

import dk.puljeflow.NarrowedHistoryLevel;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.springframework.stereotype.Component;

/**
 * Full history, less one redundant row: a case's fixed facts ({@link ProcessVariables#FIXED_FACTS}) get no
 * "variable update" detail when they are created.
 *
 * <p>Why: with full history the engine writes every variable three times (runtime, historic instance and
 * historic detail), and the detail table carries fourteen indexes besides its key. A fixed fact is set when
 * an instance starts (or copied into a stage by its call activity) and never changed, so its detail would
 * only repeat what its historic instance row already holds: value, time and activity instance. Nine such
 * facts at the start of a case and four more in each of its seven stages were 37 detail rows a case, nine
 * of them on the request that submits it (docs/benchmark-rounds.md, twelfth round).
 *
 * <p>Every other variable, and any later change of a fixed fact, keeps its details.
 */
@Component
public class FixedFactsHistory extends AbstractProcessEnginePlugin {

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    NarrowedHistoryLevel.install(configuration, WithoutFixedFactDetails::new);
  }

  /** The configured level, less the creation detail of a fixed fact. */
  record WithoutFixedFactDetails(HistoryLevel configured) implements NarrowedHistoryLevel {

    @Override
    public boolean declines(HistoryEventType eventType, Object entity) {
      return eventType == HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
          && entity instanceof HistoricVariableUpdateEventEntity update
          && update.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
          && ProcessVariables.FIXED_FACTS.contains(update.getVariableName());
    }
  }
}

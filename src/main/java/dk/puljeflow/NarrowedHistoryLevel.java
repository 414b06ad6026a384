package dk.puljeflow;

import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;

/**
 * The configured history level, less the events it declines. It keeps the configured level's id and
 * name: the database keeps the id and refuses an engine whose level differs, and nothing else needs to
 * know. Installed after the engine has set up its level ({@code postInit}); a level of {@code none} is
 * left alone.
 */
public interface NarrowedHistoryLevel extends HistoryLevel {

  HistoryLevel configured();

  /** Whether an event the configured level would produce is left out. */
  boolean declines(HistoryEventType eventType, Object entity);

  @Override
  default int getId() {
    return configured().getId();
  }

  @Override
  default String getName() {
    return configured().getName();
  }

  @Override
  default boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return configured().isHistoryEventProduced(eventType, entity) && !declines(eventType, entity);
  }

  /** Narrows the engine's level unless it is {@code none}; whether it did. */
  static boolean install(ProcessEngineConfigurationImpl configuration, UnaryOperator<HistoryLevel> narrowing) {
    HistoryLevel configured = configuration.getHistoryLevel();
    if (configured.getId() == HistoryLevel.HISTORY_LEVEL_NONE.getId()) {
      return false;
    }
    configuration.setHistoryLevel(narrowing.apply(configured));
    return true;
  }
}

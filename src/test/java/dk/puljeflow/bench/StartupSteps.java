package dk.puljeflow.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.core.metrics.StartupStep;

/**
 * Where start-up time goes: Spring's recorded start-up steps (bean creation, context refresh, ...) by
 * self time, i.e. a step's duration minus that of the steps nested in it, so a bean that waits for the
 * engine to be built is not blamed for the engine.
 */
final class StartupSteps {

  private StartupSteps() {}

  /** "&lt;self ms&gt; ms &lt;step&gt; [bean]" for the {@code limit} steps with the most self time. */
  static List<String> slowest(StartupTimeline timeline, int limit) {
    Map<Long, Duration> childTime = new HashMap<>();
    for (TimelineEvent event : timeline.getEvents()) {
      Long parent = event.getStartupStep().getParentId();
      if (parent != null) {
        childTime.merge(parent, event.getDuration(), Duration::plus);
      }
    }
    return timeline.getEvents().stream()
        .map(event -> Map.entry(event.getDuration().minus(childTime.getOrDefault(event.getStartupStep().getId(), Duration.ZERO)),
            describe(event.getStartupStep())))
        .sorted(Map.Entry.<Duration, String>comparingByKey().reversed())
        .limit(limit)
        .map(entry -> entry.getKey().toMillis() + " ms " + entry.getValue())
        .toList();
  }

  private static String describe(StartupStep step) {
    String bean = StreamSupport.stream(step.getTags().spliterator(), false)
        .filter(tag -> tag.getKey().equals("beanName"))
        .map(StartupStep.Tag::getValue)
        .findFirst().orElse("");
    return bean.isEmpty() ? step.getName() : step.getName() + " " + bean;
  }
}

package dk.puljeflow.recruitment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * When "Apply for admission" opens: the intakes the candidate can apply for (the pre-course's education,
 * basic course not yet started), as the options of the form's select. Local to the task.
 */
@Component
class OfferIntakesListener implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Candidates candidates;

  OfferIntakesListener(Candidates candidates) {
    this.candidates = candidates;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, String>> options = candidates.openIntakes(candidates.of(task).getEducation()).stream()
        .map(intake -> Map.of("label", intake.label(), "value", intake.getId()))
        .toList();
    try {
      task.setVariableLocal(RecruitmentProcess.INTAKE_OPTIONS, SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

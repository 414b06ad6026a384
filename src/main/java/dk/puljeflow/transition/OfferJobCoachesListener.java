package dk.puljeflow.transition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * When "Assign job coach" opens: the suppliers with a framework agreement in force and a place free, as
 * the options of the form's select. Local to the task; the assignment checks again under the supplier's lock.
 */
@Component
class OfferJobCoachesListener implements TaskListener {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Suppliers suppliers;

  OfferJobCoachesListener(Suppliers suppliers) {
    this.suppliers = suppliers;
  }

  @Override
  public void notify(DelegateTask task) {
    List<Map<String, String>> options = suppliers.open().stream()
        .map(place -> Map.of("label", place.label(), "value", place.id()))
        .toList();
    try {
      task.setVariableLocal(TransitionProcess.SUPPLIER_OPTIONS, SpinValues.jsonValue(JSON.writeValueAsString(options)).create());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dk.puljeflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import dk.puljeflow.ProcessTest;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A case's fixed facts keep their historic instances but no creation detail; everything else keeps both. */
class FixedFactsHistoryTest extends ProcessTest {

  @Autowired HistoryService historyService;

  @Test
  void fixedFactsHaveHistoricInstancesButNoCreationDetail() {
    GrantApplication application = submit(MENTOR);
    signAll(application);
    approve(application, "30000");
    String[] instances = caseInstanceIds(application);
    assertThat(instances).hasSizeGreaterThanOrEqualTo(3); // the case, its signatures and its decision

    List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances).list();
    assertThat(variables).extracting(HistoricVariableInstance::getName).containsAll(ProcessVariables.FIXED_FACTS);
    // Copied into every stage: a stage's instance has them too, with the case's value.
    assertThat(variables).filteredOn(variable -> variable.getName().equals(ProcessVariables.APPLICATION_NUMBER))
        .hasSize(instances.length)
        .allSatisfy(variable -> assertThat(variable.getValue()).isEqualTo(application.getApplicationNumber()));

    List<String> detailed = variableUpdates(instances).stream().map(HistoricVariableUpdate::getVariableName).toList();
    assertThat(detailed).doesNotContainAnyElementsOf(ProcessVariables.FIXED_FACTS);
    // Display facts and what the tasks were completed with keep their details: the look finds details.
    assertThat(detailed).contains(ProcessVariables.APPLICANT_NAME, ProcessVariables.CASE_SUMMARY, "signatureAnswer",
        "decision");
  }

  @Test
  void aLaterChangeOfAFixedFactKeepsItsDetail() {
    GrantApplication application = submit(MENTOR);
    String instance = reload(application).getProcessInstanceId();

    runtimeService.setVariable(instance, ProcessVariables.PAYOUT_STAGES, 1);

    assertThat(variableUpdates(instance))
        .filteredOn(update -> update.getVariableName().equals(ProcessVariables.PAYOUT_STAGES))
        .singleElement()
        .satisfies(change -> assertThat(change.getValue()).isEqualTo(1));
  }

  private String[] caseInstanceIds(GrantApplication application) {
    return historyService.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(reload(application).getProcessInstanceId()).list().stream()
        .map(instance -> instance.getId())
        .toArray(String[]::new);
  }

  private List<HistoricVariableUpdate> variableUpdates(String... instances) {
    return historyService.createHistoricDetailQuery().processInstanceIdIn(instances).variableUpdates().list().stream()
        .map(HistoricVariableUpdate.class::cast)
        .toList();
  }
}

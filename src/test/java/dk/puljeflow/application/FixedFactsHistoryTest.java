package dk.puljeflow.application;

import static org.assertj.core.api.Assertions.assertThat;

import dk.puljeflow.ProcessTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A case's fixed facts keep their historic instances but no creation detail; everything else keeps both. */
class FixedFactsHistoryTest extends ProcessTest {

  @Autowired HistoryService historyService;

  @Test
  void theLevelKeepsFullHistorysIdAndName() {
    HistoryLevel level = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getHistoryLevel();
    assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
    assertThat(level.getName()).isEqualTo("full");
  }

  @Test
  void fixedFactsHaveHistoricInstancesButNoCreationDetail() {
    GrantApplication application = submit(MENTOR);
    signAll(application);
    approve(application, "30000");
    String[] instances = caseInstanceIds(application);
    assertThat(instances).hasSizeGreaterThanOrEqualTo(3); // the case, its signatures and its decision

    List<HistoricVariableInstance> variables = historyService.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances).list();
    assertThat(names(variables)).containsAll(ProcessVariables.FIXED_FACTS);
    // Copied into every stage: a stage's instance has them too, with the case's value.
    assertThat(variables).filteredOn(variable -> variable.getName().equals(ProcessVariables.APPLICATION_NUMBER))
        .hasSize(instances.length)
        .allSatisfy(variable -> assertThat(variable.getValue()).isEqualTo(application.getApplicationNumber()));

    Set<String> detailed = names(details(instances));
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

    List<HistoricDetail> changes = historyService.createHistoricDetailQuery().processInstanceId(instance)
        .variableUpdates().list().stream()
        .filter(detail -> ((HistoricVariableUpdate) detail).getVariableName().equals(ProcessVariables.PAYOUT_STAGES))
        .toList();
    assertThat(changes).singleElement()
        .satisfies(change -> assertThat(((HistoricVariableUpdate) change).getValue()).isEqualTo(1));
  }

  private String[] caseInstanceIds(GrantApplication application) {
    return historyService.createHistoricProcessInstanceQuery()
        .rootProcessInstanceId(reload(application).getProcessInstanceId()).list().stream()
        .map(instance -> instance.getId())
        .toArray(String[]::new);
  }

  private List<HistoricDetail> details(String[] instances) {
    return historyService.createHistoricDetailQuery().processInstanceIdIn(instances).variableUpdates().list();
  }

  private static Set<String> names(List<?> variables) {
    return variables.stream()
        .map(variable -> variable instanceof HistoricVariableUpdate update
            ? update.getVariableName()
            : ((HistoricVariableInstance) variable).getName())
        .collect(Collectors.toSet());
  }
}

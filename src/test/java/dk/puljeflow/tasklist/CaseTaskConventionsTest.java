package dk.puljeflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.GrantApplication;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Every task a caseworker or party sees carries a Danish name with the case number, what to check, and a due date. */
class CaseTaskConventionsTest extends ProcessTest {

  @Test
  void everyTaskOfACaseHasNameNumberDescriptionAndDueDate() {
    moveClockTo(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    GrantApplication application = submit(TRYGHED);
    String number = application.getApplicationNumber();
    runDueJobs();

    Task signature = tasks(application, "SignApplication").get(0);
    assertThat(signature.getName()).isEqualTo("Underskriv ansøgning – " + number);
    assertThat(signature.getDescription()).contains("Underskriv");
    assertThat(signature.getDueDate()).isEqualTo(java.util.Date.from(reload(application).getSignatureExpiresAt()));

    signAll(application);
    Task assessment = task(application, "AssessApplication");
    // The form shows the key facts read-only above its inputs.
    assertThat(engine.getFormService().getTaskFormVariables(assessment.getId()).getValue("caseSummary", String.class))
        .contains("Ansøgt beløb: 8.000,00 DKK", "Arbejdsplads: Odense Kommune", "Fratrædelse: ");
    assertThat(assessment.getName()).isEqualTo("Vurder ansøgning – " + number);
    assertThat(assessment.getDescription()).contains("kriterier");
    assertThat(assessment.getDueDate().toInstant()).isEqualTo(reload(application).getDecisionDueAt());

    complete(application, "AssessApplication", withVariables("decision", "MORE_INFO", "decisionReason", "Budget?"));
    Task question = task(application, "ProvideInformation");
    assertThat(question.getName()).isEqualTo("Giv supplerende oplysninger – " + number);
    assertThat(question.getDueDate().toInstant()).isEqualTo(reload(application).getDecisionDueAt());
    complete(application, "ProvideInformation", withVariables("additionalInformation", "Vedlagt"));
    approve(application, "8000");

    Task report = task(application, "ReportUse");
    assertThat(report.getName()).isEqualTo("Afrapporter forbrug – " + number);
    assertThat(report.getDueDate().toInstant()).isEqualTo(application.getProjectEnd().atTime(LocalTime.of(16, 0))
        .atZone(EngineTime.ZONE).toInstant().plus(Duration.ofDays(30)));
    complete(application, "ReportUse", withVariables("reportedCosts", "8000"));

    Task approval = task(application, "ApprovePayout");
    assertThat(approval.getName()).isEqualTo("Godkend udbetaling – " + number);
    assertThat(approval.getDueDate().toInstant()).isEqualTo(EngineTime.now().plus(Duration.ofDays(10)));
    assertThat(approval.getDescription()).contains("dokumenterede udgifter");
  }
}

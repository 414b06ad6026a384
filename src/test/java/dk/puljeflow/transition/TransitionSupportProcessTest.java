package dk.puljeflow.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.notification.NoticeType;
import dk.puljeflow.pool.BudgetLedger;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.pool.PoolTestData;
import dk.puljeflow.security.Groups;
import dk.puljeflow.signature.Signature;
import dk.puljeflow.signature.SignatureRequests;
import dk.puljeflow.signature.SignatureState;
import dk.puljeflow.signature.SignerRole;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * transition-support.bpmn: the employer and a union representative apply together for a transition project,
 * both sign (the shared signature stage), a TSL adviser decides (the shared decision stage), the grant is
 * reserved, every listed person gets their own support, and at the end the project's unspent money becomes
 * its suppliers' savings. Every other way out: a signer declines, the signatures lapse, the adviser rejects,
 * the pool is exhausted.
 */
class TransitionSupportProcessTest extends TransitionTestSupport {

  @Autowired SignatureRequests signatures;
  @Autowired BudgetLedger poolLedger;
  @Autowired PoolRepository pools;

  @Test
  void projectGoesFromJointApplicationToClosedWithTheUnspentMoneySaved() {
    Supplier supplier = newSupplier(5);
    GrantApplication project = applyFor(person("Anna Andersson", 30), person("Bertil Berg", 45));
    String number = project.getApplicationNumber();
    ProcessInstance process = mainProcess(project);

    assertThat(number).matches("TSL-\\d{4}-\\d{6}");
    assertThat(process).hasBusinessKey(number).hasPassed("TransitionProjectApplied", "RegisterTransitionProject")
        .isWaitingAt("CollectSignatures");
    // The frame: two persons at the highest need level (50,000 SEK each, from the decision table).
    assertThat(project.getRequestedAmount()).isEqualByComparingTo("100000");
    assertThat(project.getPoolId()).isEqualTo(POOL);
    assertThat(project.getWorkplaceName()).isEqualTo("Exempelverken AB");
    assertThat(participants(project)).extracting(Participant::getParticipantNumber, Participant::getName, Participant::getStatus)
        .containsExactly(tuple(number + "-001", "Anna Andersson", ParticipantStatus.LISTED),
            tuple(number + "-002", "Bertil Berg", ParticipantStatus.LISTED));
    assertThat(participants(project).get(0).getSupportEndsOn()).isEqualTo(TransitionTime.today().plusDays(30).plusYears(1));

    // Employer and union representative are the signers; the project is applied for when both have signed.
    runDueJobs();
    assertThat(signatures.of(project.getId())).extracting(Signature::getSignerRole, Signature::getSignerName)
        .containsExactlyInAnyOrder(tuple(SignerRole.NEAREST_MANAGER, "Erik Arbetsgivare"), tuple(SignerRole.UNION_REP, "Frida Facklig"));
    assertThat(stage(project, "threePartySignature")).isNotNull();
    signAll(project);
    assertThat(process).hasPassed("CollectSignatures", "SignatureOutcomeGateway").isWaitingAt("Decide");
    assertThat(reload(project).getSubmittedAt()).isNotNull();

    // The decision is the TSL advisers'.
    assertThat(task(project, "AssessApplication")).hasCandidateGroup(Groups.TSL_ADVISER);
    approve(project, "100000");
    assertThat(process).hasPassed("Decide", "DecisionGateway", "ReserveGrant", "StartTransitionProject")
        .isWaitingAt("SupportEachPerson");
    assertThat(reload(project).getStatus()).isEqualTo(ApplicationStatus.ACTIVE);
    assertThat(poolLedger.reservedFor(project.getId())).isEqualByComparingTo("100000");
    List<Participant> persons = participants(project);
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(process.getId())
        .processDefinitionKey(TransitionProcess.PARTICIPANT_KEY).count()).isEqualTo(2);
    assertThat(persons).allSatisfy(p -> assertThat(instance(p)).hasBusinessKey(number).isWaitingAt("BookMappingMeeting"));

    // One declines, the other joins with low needs and soon has a new job.
    declines(persons.get(0));
    intoSupport(persons.get(1), NeedLevel.LOW, supplier.getId());
    assertThat(process).isWaitingAt("SupportEachPerson");
    recordOutcome(persons.get(1), Outcome.NEW_JOB, TransitionTime.today());

    assertThat(process).hasPassed("SupportEachPerson", "SettleProjectFunding", "CloseProject", "ProjectClosed")
        .hasNotPassed("RejectedBySigner", "ProjectLapsed", "ProjectRejected", "RejectForExhaustedPool").isEnded();
    GrantApplication closed = reload(project);
    assertThat(closed.getStatus()).isEqualTo(ApplicationStatus.CLOSED);
    assertThat(closed.getClosedAt()).isEqualTo(EngineTime.now());
    // 15,000 of the grant went to the supplier for the low-need person; the rest went back to the pool.
    assertThat(poolLedger.paidTo(project.getId())).isEqualByComparingTo("15000");
    assertThat(poolLedger.reservedFor(project.getId())).isEqualByComparingTo("0");
    // Nothing was spent on training: the 15,000 is the supplier's savings now.
    assertThat(supplierLedger.entriesOf(supplier.getId())).singleElement().satisfies(deposit -> {
      assertThat(deposit.getEntryType()).isEqualTo(SupplierLedgerEntry.Type.DEPOSIT);
      assertThat(deposit.getAmount()).isEqualByComparingTo("15000");
      assertThat(deposit.getBalanceAfter()).isEqualByComparingTo("15000");
      assertThat(deposit.getApplicationId()).isEqualTo(project.getId());
    });
    assertThat(projectFunding.availableAt(project.getId(), supplier.getId())).isEqualByComparingTo("0");
    assertThat(events(project).stream().map(e -> e.getEventType()).toList())
        .startsWith("RECEIVED", "PERSONS_LISTED")
        .contains("FULLY_SIGNED", "APPROVED", "PROJECT_STARTED", "DECLINED", "JOINED", "FUNDING_BOOKED", "OUTCOME_RECORDED")
        .endsWith("PROJECT_SETTLED", "CLOSED");
    assertThat(event(project, "PROJECT_SETTLED").getDetail()).isEqualTo(supplier.getId() + " saved 15000.00");
  }

  @Test
  void aSignerWhoDeclinesEndsTheProject() {
    GrantApplication project = applyFor(person("Cecilia Carlsson", 20));
    ProcessInstance process = mainProcess(project);
    runDueJobs();

    org.camunda.bpm.engine.task.Task unionSignature = tasks(project, "SignApplication").stream()
        .filter(t -> "unionrep".equals(t.getAssignee())).findFirst().orElseThrow();
    taskService.complete(unionSignature.getId(), withVariables("signatureAnswer", "DECLINE", "declineReason", "Listan är inte komplett"));
    runDueJobs();

    assertThat(process).hasPassed("SignatureOutcomeGateway", "RejectedBySigner").hasNotPassed("Decide").isEnded();
    assertThat(reload(project).getStatus()).isEqualTo(ApplicationStatus.REJECTED_BY_SIGNER);
    assertThat(participants(project)).allSatisfy(p -> assertThat(p.getProcessInstanceId()).isNull());
  }

  @Test
  void anApplicationNotSignedInTimeLapses() {
    GrantApplication project = applyFor(person("David Dahl", 20));
    ProcessInstance process = mainProcess(project);
    runDueJobs();

    moveClockBy(Duration.ofDays(29));
    assertThat(process).isWaitingAt("CollectSignatures");
    moveClockBy(Duration.ofDays(1).plusMinutes(1));

    assertThat(process).hasPassed("SignatureOutcomeGateway", "ProjectLapsed").hasNotPassed("Decide").isEnded();
    assertThat(reload(project).getStatus()).isEqualTo(ApplicationStatus.LAPSED);
    assertThat(signatures.of(project.getId())).extracting(Signature::getState).containsOnly(SignatureState.EXPIRED);
  }

  @Test
  void theAdviserMayRejectTheProject() {
    GrantApplication project = applyFor(person("Eva Ek", 20));
    ProcessInstance process = mainProcess(project);
    signAll(project);

    complete(project, "AssessApplication", withVariables("decision", "REJECTED", "decisionReason",
        "Uppsägningen gäller inte en arbetsgivare ansluten till TSL"));

    assertThat(process).hasPassed("DecisionGateway", "ProjectRejected").hasNotPassed("ReserveGrant", "SupportEachPerson").isEnded();
    assertThat(reload(project).getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(poolLedger.reservedFor(project.getId())).isEqualByComparingTo("0");
  }

  @Test
  void aPoolWithoutRoomRejectsTheApprovedProject() {
    Pool small = new Pool("tsl-small-" + System.nanoTime() % 100000);
    PoolTestData.copy(pools.findById(POOL).orElseThrow(), small);
    small.setName("TSL omställningsstöd, nästan slut");
    small.setBudget(new BigDecimal("40000"));
    small.setCapPerApplication(new BigDecimal("50000"));
    small.setOpensOn(EngineTime.today().minusDays(1));
    small.setClosesOn(EngineTime.today().plusDays(30));
    pools.save(small);
    GrantApplication project = transition.apply(projectRequest(small.getId(), person("Fredrik Falk", 20)), "tsl-test-adviser");
    ProcessInstance process = mainProcess(project);
    signAll(project);

    approve(project, "50000");

    assertThat(process).hasPassed("ReserveGrant", "PoolExhausted", "RejectForExhaustedPool", "RejectedPoolExhausted")
        .hasNotPassed("StartTransitionProject", "SupportEachPerson").isEnded();
    GrantApplication rejected = reload(project);
    assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
    assertThat(rejected.getDecisionReason()).isEqualTo("pool exhausted");
    assertThat(poolLedger.reservedFor(project.getId())).isEqualByComparingTo("0");
    assertThat(letters(project, NoticeType.DECISION_REJECTED)).singleElement()
        .satisfies(letter -> assertThat(letter.getFacts()).contains("pool exhausted"));
  }

  @Test
  void theAdviserRegistersAPaperApplicationWithTheTasklistStartForm() {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(TransitionProcess.KEY).latestVersion().singleResult().getId();
    String lastDay = TransitionTime.today().plusDays(40).toString();
    Map<String, Object> form = withVariables("employerName", "Glasbruket i Kosta AB", "employerSignatoryName", "Gustav Chef",
        "employerSignatoryEmail", "gustav@glasbruket.example", "unionRepName", "Hanna Ombud", "unionRepEmail", "hanna@gs.example",
        "description", "Tillverkningen flyttas",
        "persons", "Ida Ivarsson; ida@example.se; " + lastDay + "\n\nJonas Jansson; jonas@example.se; " + lastDay + "\n");

    Map<String, Object> brokenLine = new java.util.HashMap<>(form);
    brokenLine.put("persons", "Ida Ivarsson, ida@example.se, " + lastDay);
    assertThatThrownBy(() -> asUser("tsl-start-adviser", Groups.TSL_ADVISER,
        () -> engine.getFormService().submitStartForm(definitionId, brokenLine)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("persons: line 1 must read");
    Map<String, Object> noUnion = new java.util.HashMap<>(form);
    noUnion.remove("unionRepEmail");
    assertThatThrownBy(() -> asUser("tsl-start-adviser", Groups.TSL_ADVISER,
        () -> engine.getFormService().submitStartForm(definitionId, noUnion)))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("unionRepEmail: must not be blank");
    // Only TSL advisers (and administrators) register transition projects.
    assertThatThrownBy(() -> asUser("tsl-start-caseworker", Groups.CASEWORKER,
        () -> engine.getFormService().submitStartForm(definitionId, form)))
        .isInstanceOf(AuthorizationException.class);

    ProcessInstance process = asUser("tsl-start-adviser", Groups.TSL_ADVISER,
        () -> engine.getFormService().submitStartForm(definitionId, form));

    GrantApplication project = applicationRepository.findByApplicationNumber(process.getBusinessKey()).orElseThrow();
    assertThat(project.getWorkplaceName()).isEqualTo("Glasbruket i Kosta AB");
    assertThat(project.getProcessInstanceId()).isEqualTo(process.getId());
    assertThat(participants(project)).extracting(Participant::getName, Participant::getEmail)
        .containsExactly(tuple("Ida Ivarsson", "ida@example.se"), tuple("Jonas Jansson", "jonas@example.se"));
    assertThat(process).isWaitingAt("CollectSignatures");
    assertThat(runtimeService.getVariables(process.getId())).doesNotContainKeys("persons", "employerName", "unionRepEmail")
        .containsEntry("applicationNumber", project.getApplicationNumber()).containsEntry("applicantName", "Glasbruket i Kosta AB");
    assertThat(event(project, "PERSONS_LISTED").getActor()).isEqualTo("tsl-start-adviser");
  }

  private <T> T asUser(String userId, String group, java.util.function.Supplier<T> action) {
    engine.getIdentityService().setAuthentication(userId, List.of(group));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}

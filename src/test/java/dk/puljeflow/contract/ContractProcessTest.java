package dk.puljeflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.CaseEvent;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.security.Groups;
import dk.puljeflow.security.IdentityBootstrap;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** contract.bpmn: drawing up the contract, both signatures in parallel, the deadline escalation, refused input. */
class ContractProcessTest extends ProcessTest {

  private static final String POOL_ADMIN = "contract-pool-admin";

  @Autowired GrantContractRepository contracts;
  @Autowired IdentityBootstrap identity;
  @Autowired IdentityService identityService;

  @BeforeEach
  void poolAdministratorExists() {
    identity.ensureUser(POOL_ADMIN, "pool-admin-password", "Pia", "Puljeadministrator", Groups.POOL_ADMIN);
  }

  @Test
  void approvedMentorGrantGetsAContractWithTheGrantedMoneyHoursAndAFourteenDayDeadline() {
    Instant approvedAt = freezeClock();
    GrantApplication application = approvedMentorCase();

    ProcessInstance contract = stage(application, "contract");
    assertThat(contract).hasPassed("ContractRequested", "DrawUpContract", "SigningStarted", "SigningSplit")
        .isWaitingAtExactly("ContractSigning", "SignContractForWorkplace", "SignContractForPool");

    Instant deadline = approvedAt.plus(Duration.ofDays(14));
    GrantContract drawnUp = contractOf(application);
    assertThat(drawnUp.getAmount()).isEqualByComparingTo("40000");
    assertThat(drawnUp.getAmount()).isEqualByComparingTo(reload(application).getGrantedAmount());
    assertThat(drawnUp.getBuyoutHours()).isEqualTo(74).isLessThanOrEqualTo(GrantContract.MAX_BUYOUT_HOURS);
    assertThat(drawnUp.getConsultancyHours()).isEqualTo(20);
    assertThat(drawnUp.getPayoutPlan())
        .isEqualTo("Udbetales bagudrettet i to rater: efter første år og efter projektets afslutning");
    assertThat(drawnUp.getDeadline()).isEqualTo(deadline);
    assertThat(drawnUp.getWorkplaceSignedAt()).isNull();
    assertThat(drawnUp.getPoolSignedAt()).isNull();
    assertThat(drawnUp.getActivatedAt()).isNull();
    assertThat(runtimeService.getVariable(contract.getId(), "contractDeadline")).isEqualTo(Date.from(deadline));
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CONTRACT_PENDING);
    assertThat(eventTypes(application)).contains("CONTRACT_DRAWN_UP").doesNotContain("CONTRACT_ACTIVE");

    assertThat(task(application, "SignContractForWorkplace")).hasName("Underskriv kontrakt (arbejdsplads) – " + application.getApplicationNumber())
        .isAssignedTo("nearestmanager").hasCandidateGroupAssociated("signer").hasDueDate(Date.from(deadline));
    assertThat(task(application, "SignContractForPool")).hasName("Underskriv kontrakt (pulje) – " + application.getApplicationNumber())
        .isNotAssigned().hasCandidateGroup("pool-admin").hasDueDate(Date.from(deadline));
    assertThat(contract).job("ContractDeadlinePassed").hasDueDate(Date.from(deadline));
  }

  @Test
  void bothPartiesSignInParallelAndTheContractBecomesActive() {
    Instant approvedAt = freezeClock();
    GrantApplication application = approvedMentorCase();
    ProcessInstance contract = stage(application, "contract");

    // The pool signs first: the order of the two parallel signatures does not matter.
    moveClockTo(approvedAt.plus(Duration.ofDays(1)));
    signForPoolAsSignedInAdministrator(application);
    assertThat(contract).hasPassed("SignContractForPool")
        .isWaitingAtExactly("ContractSigning", "SigningJoin", "SignContractForWorkplace");
    GrantContract halfSigned = contractOf(application);
    assertThat(halfSigned.getPoolSignedBy()).isEqualTo(POOL_ADMIN);
    assertThat(halfSigned.getPoolSignedAt()).isEqualTo(approvedAt.plus(Duration.ofDays(1)));
    assertThat(halfSigned.getWorkplaceSignedAt()).isNull();
    assertThat(halfSigned.getActivatedAt()).isNull();
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CONTRACT_PENDING);

    moveClockTo(approvedAt.plus(Duration.ofDays(3)));
    complete(application, "SignContractForWorkplace", withVariables("contractAccepted", true));

    assertThat(contract).hasPassed("SignContractForWorkplace", "SignContractForPool", "SigningJoin", "SigningCompleted",
        "ContractSigning", "ActivateContract", "ContractSigned").hasNotPassed("ContractDeadlinePassed").isEnded();
    GrantContract signed = contractOf(application);
    assertThat(signed.getWorkplaceSignedBy()).isEqualTo("nearestmanager");
    assertThat(signed.getWorkplaceSignedAt()).isEqualTo(approvedAt.plus(Duration.ofDays(3)));
    assertThat(signed.getPoolSignedBy()).isEqualTo(POOL_ADMIN);
    assertThat(signed.getActivatedAt()).isEqualTo(approvedAt.plus(Duration.ofDays(3)));
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.ACTIVE);
    assertThat(eventTypes(application)).containsSubsequence("CONTRACT_DRAWN_UP", "CONTRACT_SIGNED_FOR_POOL",
        "CONTRACT_SIGNED_BY_WORKPLACE", "CONTRACT_ACTIVE").doesNotContain("CONTRACT_OVERDUE");
    CaseEvent poolSignature = event(application, "CONTRACT_SIGNED_FOR_POOL");
    assertThat(poolSignature.getActor()).isEqualTo(POOL_ADMIN);
    assertThat(poolSignature.getDetail()).isEqualTo(POOL_ADMIN);
    assertThat(event(application, "CONTRACT_SIGNED_BY_WORKPLACE").getDetail()).isEqualTo("nearestmanager");
    // The deadline timer went with the signing subprocess; the case moved on to the midway meeting.
    assertThat(managementService.createJobQuery().processInstanceId(contract.getId()).count()).isZero();
    assertThat(mainProcess(application)).isWaitingAt("HoldMidwayMeeting");
  }

  @Test
  void passedDeadlineEscalatesWithoutCancellingTheSignatures() {
    freezeClock();
    GrantApplication application = approvedMentorCase();
    ProcessInstance contract = stage(application, "contract");
    Instant deadline = contractOf(application).getDeadline();
    complete(application, "SignContractForWorkplace", withVariables("contractAccepted", true));
    Task poolTask = task(application, "SignContractForPool");

    moveClockTo(deadline.minus(Duration.ofMinutes(1)));
    assertThat(contract).hasNotPassed("ContractDeadlinePassed");
    assertThat(eventTypes(application)).doesNotContain("CONTRACT_OVERDUE");

    moveClockTo(deadline);
    assertThat(contract).hasPassed("ContractDeadlinePassed", "EscalateUnsignedContract", "ContractEscalated")
        .isWaitingAtExactly("ContractSigning", "SigningJoin", "SignContractForPool");
    assertThat(task(application, "SignContractForPool").getId()).isEqualTo(poolTask.getId());
    assertThat(events(application))
        .filteredOn(e -> e.getEventType().equals("CONTRACT_OVERDUE"))
        .singleElement()
        .satisfies(overdue -> assertThat(overdue.getOccurredAt()).isEqualTo(deadline));
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CONTRACT_PENDING);
    assertThat(contractOf(application).getActivatedAt()).isNull();

    // Signing after the deadline still completes the contract.
    complete(application, "SignContractForPool", withVariables("contractAccepted", true));
    assertThat(contract).hasPassed("ActivateContract", "ContractSigned").isEnded();
    assertThat(contractOf(application).getActivatedAt()).isEqualTo(deadline);
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.ACTIVE);
  }

  @Test
  void contractNotAcceptedIsRefusedAndNothingIsSigned() {
    GrantApplication application = approvedMentorCase();
    ProcessInstance contract = stage(application, "contract");
    Task workplaceTask = task(application, "SignContractForWorkplace");
    Task poolTask = task(application, "SignContractForPool");

    assertRefused(workplaceTask, withVariables("contractAccepted", false));
    assertRefused(workplaceTask, withVariables("contractAccepted", "no"));
    assertRefused(poolTask, Map.of());

    assertThat(contract).isWaitingAtExactly("ContractSigning", "SignContractForWorkplace", "SignContractForPool");
    assertThat(task(application, "SignContractForWorkplace").getId()).isEqualTo(workplaceTask.getId());
    assertThat(task(application, "SignContractForPool").getId()).isEqualTo(poolTask.getId());
    GrantContract unsigned = contractOf(application);
    assertThat(unsigned.getWorkplaceSignedAt()).isNull();
    assertThat(unsigned.getWorkplaceSignedBy()).isNull();
    assertThat(unsigned.getPoolSignedAt()).isNull();
    assertThat(unsigned.getPoolSignedBy()).isNull();
    assertThat(eventTypes(application)).noneMatch(type -> type.startsWith("CONTRACT_SIGNED"));
    assertThat(reload(application).getStatus()).isEqualTo(ApplicationStatus.CONTRACT_PENDING);
  }

  @Test
  void oneSidesAcceptanceDoesNotSignForTheOther() {
    GrantApplication application = approvedMentorCase();
    complete(application, "SignContractForWorkplace", withVariables("contractAccepted", true));

    // The workplace's tick is not left behind for the pool's task to inherit.
    assertThat(runtimeService.getVariable(stage(application, "contract").getId(), "contractAccepted")).isNull();
    assertRefused(task(application, "SignContractForPool"), Map.of());
    assertThat(contractOf(application).getPoolSignedAt()).isNull();
    assertThat(stage(application, "contract")).isWaitingAtExactly("ContractSigning", "SigningJoin", "SignContractForPool");
  }

  // --- helpers ---------------------------------------------------------------------------------

  /** Stops the engine clock at a whole second, so times written by the process can be compared exactly. */
  private Instant freezeClock() {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    moveClockTo(now);
    return now;
  }

  private GrantApplication approvedMentorCase() {
    GrantApplication application = submit(MENTOR);
    signAll(application);
    approve(application, "40000");
    assertThat(mainProcess(application)).isWaitingAt("SignContract");
    return application;
  }

  /** A pool administrator completes the unclaimed task through the engine, signed in, as the REST API does. */
  private void signForPoolAsSignedInAdministrator(GrantApplication application) {
    Task poolTask = task(application, "SignContractForPool");
    identityService.setAuthentication(POOL_ADMIN, List.of(Groups.POOL_ADMIN));
    try {
      taskService.complete(poolTask.getId(), withVariables("contractAccepted", true));
    } finally {
      identityService.clearAuthentication();
    }
    runDueJobs();
  }

  /** The engine wraps a task listener's refusal (ENGINE-03051); the refusal itself is the root cause. */
  private void assertRefused(Task task, Map<String, Object> variables) {
    assertThatThrownBy(() -> taskService.complete(task.getId(), variables))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("The contract must be accepted to sign it");
  }

  private GrantContract contractOf(GrantApplication application) {
    return contracts.findByApplicationId(application.getId()).orElseThrow();
  }

  private List<String> eventTypes(GrantApplication application) {
    return events(application).stream()
        .map(CaseEvent::getEventType).toList();
  }
}

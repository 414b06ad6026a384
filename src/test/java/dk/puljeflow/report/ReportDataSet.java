package dk.puljeflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.EngineTime;
import dk.puljeflow.ProcessTest;
import dk.puljeflow.application.ApplicationRequest;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.pool.Pool;
import dk.puljeflow.pool.PoolRepository;
import dk.puljeflow.pool.YearEndClose;
import dk.puljeflow.signature.SignerRole;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A known set of cases run through the processes for the report tests, in the first quarter of 2031 on
 * the engine clock, in two pools of their own (other tests' cases share the database):
 * a simple pool (two signers, one payout) and a mentor pool (contract, midway meeting, two payouts, final
 * evaluation). Built once per test JVM; every test reads the reports on 20 March 2031 at 09:00 (before
 * summer time, so days are 24 hours).
 *
 * <pre>
 * simple pool (deadline 14 days)     received  signed         decided                  then
 *   A1                               6 Jan     8 Jan          13 Jan approved 8,000     paid 7,000 on 23 Jan, closed
 *   A2                               6 Jan     10 Jan         27 Jan rejected (3 days late)
 *   A3                               7 Jan     7 Jan 15:00    20 Jan approved 9,000     withdrawn 3 Feb
 *   A4                               8 Jan     –              lapsed 7 Feb
 *   A5                               8 Jan     declined 9 Jan
 *   A6                               2 Feb     3 Feb          undecided, due 17 Feb (31 days late now)
 *   A7                               9 Feb     10 Feb         12 Feb approved 8,000     paid 8,000 on 3 Mar, closed
 *   A8                               10 Mar    12 Mar         undecided, due 26 Mar
 *   year-end close 16 Mar: the 105,000 left go to the 2032 pool
 * mentor pool (deadline 14 days)
 *   B1                               6 Jan     9 Jan          16 Jan approved 40,000    contract active 21 Jan, meeting
 *        recorded 10 Feb, paid 20,000 on 17 Feb, evaluation recorded 3 Mar, paid 20,000 on 13 Mar, closed
 *   B2                               13 Jan    14 Jan         27 Jan approved 50,000    contract active 6 Feb
 *   B3                               3 Feb     5 Feb          20 Feb 21:00 approved 30,000 (1.5 days late), contract unsigned
 * </pre>
 */
abstract class ReportDataSet extends ProcessTest {

  static final String SIMPLE = "rapport-enkel";
  static final String MENTOR_POOL = "rapport-mentor";
  static final String NEXT_YEAR = "rapport-enkel-2032";
  static final String SIMPLE_NAME = "Rapportpuljen (enkel)";
  /** With a character that must be escaped on the page and in its charts. */
  static final String MENTOR_NAME = "Mentorpuljen – kontrakt & opfølgning";
  static final Instant NOW = at("03-20T09:00");
  static final ReportFilter QUARTER = new ReportFilter(null, LocalDate.of(2031, 1, 1), LocalDate.of(2031, 3, 31));

  private static boolean built;

  @Autowired PoolRepository pools;
  @Autowired YearEndClose yearEndClose;

  @BeforeEach
  void casesOfTheFirstQuarterOf2031() {
    if (!built) {
      build();
      built = true;
    }
    moveClockTo(NOW);
  }

  private void build() {
    pools.save(pool(SIMPLE, SIMPLE_NAME, "RA", "100000", "20000", false, EnumSet.of(SignerRole.APPLICANT, SignerRole.NEAREST_MANAGER)));
    pools.save(pool(MENTOR_POOL, MENTOR_NAME, "RB", "200000", "0", true, EnumSet.of(SignerRole.NEAREST_MANAGER, SignerRole.UNION_REP)));

    moveClockTo(at("01-06T09:00"));
    GrantApplication a1 = applications.submit(simple("8000"));
    GrantApplication a2 = applications.submit(simple("9000"));
    GrantApplication b1 = applications.submit(mentor("40000", LocalDate.of(2031, 1, 20), LocalDate.of(2031, 3, 1)));
    moveClockTo(at("01-07T09:00"));
    GrantApplication a3 = applications.submit(simple("9000"));
    moveClockTo(at("01-07T15:00"));
    signAll(a3);
    moveClockTo(at("01-08T09:00"));
    signAll(a1);
    GrantApplication a4 = applications.submit(simple("5000"));
    GrantApplication a5 = applications.submit(simple("5000"));
    runDueJobs();
    moveClockTo(at("01-09T09:00"));
    decline(a5);
    signAll(b1);
    moveClockTo(at("01-10T09:00"));
    signAll(a2);
    moveClockTo(at("01-13T09:00"));
    approve(a1, "8000");
    GrantApplication b2 = applications.submit(mentor("50000", LocalDate.of(2031, 3, 1), LocalDate.of(2031, 5, 31)));
    moveClockTo(at("01-14T09:00"));
    signAll(b2);
    moveClockTo(at("01-16T09:00"));
    approve(b1, "40000");
    moveClockTo(at("01-20T09:00"));
    approve(a3, "9000");
    signContract(b1, "SignContractForWorkplace");
    moveClockTo(at("01-21T09:00"));
    signContract(b1, "SignContractForPool");
    moveClockTo(at("01-23T09:00"));
    reportAndPay(a1, "7000", "7000");
    moveClockTo(at("01-27T09:00"));
    complete(a2, "AssessApplication", withVariables("decision", "REJECTED", "decisionReason", "Uden for ordningen"));
    approve(b2, "50000");
    moveClockTo(at("02-02T09:00"));
    GrantApplication a6 = applications.submit(simple("6000"));
    moveClockTo(at("02-03T09:00"));
    signAll(a6);
    applications.withdraw(a3.getApplicationNumber(), "Kurset er aflyst");
    runDueJobs();
    signContract(b2, "SignContractForWorkplace");
    GrantApplication b3 = applications.submit(mentor("30000", LocalDate.of(2031, 4, 1), LocalDate.of(2031, 8, 31)));
    moveClockTo(at("02-05T09:00"));
    signAll(b3);
    moveClockTo(at("02-06T09:00"));
    signContract(b2, "SignContractForPool");
    moveClockTo(at("02-09T09:00"));
    assertThat(reload(a4).getStatus()).isEqualTo(ApplicationStatus.LAPSED);
    GrantApplication a7 = applications.submit(simple("8000"));
    moveClockTo(at("02-10T09:00"));
    signAll(a7);
    complete(b1, "RecordMeeting", withVariables("meetingHeld", true, "meetingNotes", "God fremdrift"));
    moveClockTo(at("02-12T09:00"));
    approve(a7, "8000");
    moveClockTo(at("02-17T09:00"));
    reportAndPay(b1, "20000", "20000");
    moveClockTo(at("02-20T21:00"));
    approve(b3, "30000");
    moveClockTo(at("03-03T09:00"));
    reportAndPay(a7, "8000", "8000");
    complete(b1, "SubmitEvaluation", withVariables("evaluationRating", "GOOD", "evaluationAnswers", "Ordningen fortsætter"));
    moveClockTo(at("03-10T09:00"));
    GrantApplication a8 = applications.submit(simple("7000"));
    moveClockTo(at("03-12T09:00"));
    signAll(a8);
    moveClockTo(at("03-13T09:00"));
    reportAndPay(b1, "20000", "20000");
    moveClockTo(at("03-16T09:00"));
    yearEndClose.close(SIMPLE, new BigDecimal("50000"));
    moveClockTo(NOW);

    // The cases are where the table above says.
    assertThat(List.of(a1, a2, a3, a4, a5, a6, a7, a8, b1, b2, b3)).extracting(application -> reload(application).getStatus())
        .containsExactly(ApplicationStatus.CLOSED, ApplicationStatus.REJECTED, ApplicationStatus.WITHDRAWN,
            ApplicationStatus.LAPSED, ApplicationStatus.REJECTED_BY_SIGNER, ApplicationStatus.AWAITING_DECISION,
            ApplicationStatus.CLOSED, ApplicationStatus.AWAITING_DECISION, ApplicationStatus.CLOSED, ApplicationStatus.ACTIVE,
            ApplicationStatus.CONTRACT_PENDING);
  }

  private void decline(GrantApplication application) {
    runDueJobs();
    Task nearestManager = tasks(application, "SignApplication").stream()
        .filter(task -> "nearestmanager".equals(task.getAssignee())).findFirst().orElseThrow();
    taskService.complete(nearestManager.getId(), withVariables("signatureAnswer", "DECLINE", "declineReason", "Ikke relevant"));
    runDueJobs();
  }

  private void signContract(GrantApplication application, String taskKey) {
    complete(application, taskKey, withVariables("contractAccepted", true));
  }

  private static ApplicationRequest simple(String amount) {
    return new ApplicationRequest(SIMPLE, "Anna Ansøger", "anna@example.dk", "applicant", "Odense Kommune",
        "Niels Nærmeste", "niels@kommune.dk", "nearestmanager", null, null, null,
        "Kursus i projektledelse", new BigDecimal(amount), null, null, LocalDate.of(2031, 4, 1), LocalDate.of(2031, 6, 30),
        null, null);
  }

  private static ApplicationRequest mentor(String amount, LocalDate projectStart, LocalDate projectEnd) {
    return new ApplicationRequest(MENTOR_POOL, "Mette Mentor", "mette@kommune.dk", null, "Jobcenter Vest",
        "Niels Nærmeste", "niels@kommune.dk", "nearestmanager", "Tina Tillid", "tina@dsr.dk", "unionrep",
        "Mentorordning for nyuddannede socialrådgivere", new BigDecimal(amount), 74, 20, projectStart, projectEnd, null, null);
  }

  private static Pool pool(String id, String name, String prefix, String budget, String carryOver, boolean mentorStages,
      EnumSet<SignerRole> signers) {
    Pool pool = new Pool(id);
    pool.setName(name);
    pool.setCurrency("DKK");
    pool.setBudgetYear(2031);
    pool.setBudget(new BigDecimal(budget));
    pool.setCarryOver(new BigDecimal(carryOver));
    pool.setCapPerApplication(new BigDecimal("60000"));
    pool.setOpensOn(LocalDate.of(2031, 1, 1));
    pool.setClosesOn(LocalDate.of(2031, 12, 31));
    pool.setSignerRoles(signers);
    pool.setUsesContract(mentorStages);
    pool.setUsesMidwayMeeting(mentorStages);
    pool.setUsesFinalEvaluation(mentorStages);
    pool.setPayoutStages(mentorStages ? 2 : 1);
    pool.setDecisionDeadlineDays(14);
    pool.setEscalationDays(10);
    pool.setSignatureExpiryDays(30);
    pool.setSignatureReminderDays(7);
    pool.setContractDeadlineDays(14);
    pool.setCaseworkerGroup("caseworker");
    pool.setNumberPrefix(prefix);
    return pool;
  }

  /** The n-th application (0 first) of one of this test's pools, by number. */
  String numberOf(String poolId, int n) {
    return applicationRepository.findAll().stream().filter(application -> application.getPoolId().equals(poolId))
        .map(GrantApplication::getApplicationNumber).sorted().toList().get(n);
  }

  static ReportFilter filter(String pool, String from, String to) {
    return new ReportFilter(pool, LocalDate.parse(from), LocalDate.parse(to));
  }

  /** A moment in 2031, Danish time: {@code "01-06T09:00"}. */
  static Instant at(String monthDayTime) {
    return LocalDateTime.parse("2031-" + monthDayTime).atZone(EngineTime.ZONE).toInstant();
  }
}

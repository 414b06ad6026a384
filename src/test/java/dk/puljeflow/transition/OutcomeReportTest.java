package dk.puljeflow.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import dk.puljeflow.application.GrantApplication;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The outcome report with exact figures. Two projects, two suppliers of the test's own, each person's last
 * day of employment ten days from today (T+10) unless said otherwise:
 *
 * <pre>
 * project A, supplier S:  a1 low need,    new job on T+50        (40 days after the last day)
 *                         a2 medium need, own business on T+108  (98 days)
 * project A, supplier S2: a3 high need,   no outcome: the support year ends
 * project A:              a4 declines (no supplier, not in the report)
 * project B, supplier S:  b1 low need,    other outcome on T+5, during the notice period (0 days)
 *                         b2 medium need, last day T+200, still in support; a 12,000 training
 * </pre>
 */
class OutcomeReportTest extends TransitionTestSupport {

  @Autowired OutcomeReport report;

  @Test
  void outcomesPerProjectAndSupplierWithExactFigures() {
    Supplier s = newSupplier(10);
    Supplier s2 = newSupplier(10);
    LocalDate today = TransitionTime.today();
    GrantApplication a = approvedProject(person("Alf Ahl", 10), person("Astrid Ahl", 10), person("Axel Ahl", 10),
        person("Alma Ahl", 10));
    GrantApplication b = approvedProject(person("Berit Bo", 10), person("Bror Bo", 200));
    List<Participant> as = participants(a);
    List<Participant> bs = participants(b);
    intoSupport(as.get(0), NeedLevel.LOW, s.getId());
    intoSupport(as.get(1), NeedLevel.MEDIUM, s.getId());
    intoSupport(as.get(2), NeedLevel.HIGH, s2.getId());
    declines(as.get(3));
    intoSupport(bs.get(0), NeedLevel.LOW, s.getId());
    intoSupport(bs.get(1), NeedLevel.MEDIUM, s.getId());
    applyForTraining(bs.get(1), "12000");
    complete(bs.get(1), "DecideOnTraining", withVariables("trainingDecision", "APPROVED", "approvedCost", 12000));

    moveClockBy(Duration.ofDays(5));
    recordOutcome(bs.get(0), Outcome.OTHER, today.plusDays(5));
    moveClockBy(Duration.ofDays(45));
    recordOutcome(as.get(0), Outcome.NEW_JOB, today.plusDays(50));
    moveClockBy(Duration.ofDays(60));
    recordOutcome(as.get(1), Outcome.OWN_BUSINESS, today.plusDays(108));
    moveClockTo(TransitionTime.endOf(today.plusDays(10).plusYears(1)).toInstant());
    assertThat(reload(as.get(2)).getOutcome()).isEqualTo(Outcome.NO_OUTCOME_WITHIN_YEAR);
    assertThat(reload(bs.get(1)).getStatus()).isEqualTo(ParticipantStatus.IN_SUPPORT);

    OutcomeReport.Report byProject = report.now(a.getApplicationNumber(), null);
    assertThat(byProject.bySupplier()).extracting(OutcomeReport.Row::supplierId).containsExactlyInAnyOrder(s.getId(), s2.getId());
    assertThat(byProject.byProjectAndSupplier()).hasSize(2);
    assertRow(row(byProject, a, s), 2, 0, 2, 1, 1, 0, 0, 2, "100.0", "69.0", "69.0", "45000", "0", "45000");
    assertRow(row(byProject, a, s2), 1, 0, 1, 0, 0, 0, 1, 0, "0.0", null, null, "50000", "0", "50000");
    assertThat(row(byProject, a, s).employer()).isEqualTo("Exempelverken AB");
    assertThat(row(byProject, a, s).supplierName()).isEqualTo(s.getName());

    OutcomeReport.Report bySupplier = report.now(null, s.getId());
    assertThat(bySupplier.byProjectAndSupplier()).extracting(OutcomeReport.Row::projectNumber)
        .containsExactly(a.getApplicationNumber(), b.getApplicationNumber());
    assertRow(row(bySupplier, b, s), 2, 1, 1, 0, 0, 1, 0, 0, "0.0", "0.0", "0.0", "45000", "12000", "0");
    // Over both projects: 4 persons, 3 ended, 2 of them in work; outcomes after 0, 40 and 98 days.
    OutcomeReport.Row total = bySupplier.bySupplier().get(0);
    assertThat(bySupplier.bySupplier()).hasSize(1);
    assertThat(total.projectNumber()).isNull();
    assertRow(total, 4, 1, 3, 1, 1, 1, 0, 2, "66.7", "46.0", "40.0", "90000", "12000", "45000");
    // Project A is settled: each supplier saved what A did not spend there.
    assertThat(supplierLedger.balanceOf(s.getId())).isEqualByComparingTo("45000");
    assertThat(supplierLedger.balanceOf(s2.getId())).isEqualByComparingTo("50000");
  }

  private static OutcomeReport.Row row(OutcomeReport.Report report, GrantApplication project, Supplier supplier) {
    return report.byProjectAndSupplier().stream()
        .filter(r -> r.projectNumber().equals(project.getApplicationNumber()) && r.supplierId().equals(supplier.getId()))
        .findFirst().orElseThrow();
  }

  private static void assertRow(OutcomeReport.Row row, long participants, long inSupport, long ended, long newJob, long ownBusiness,
      long other, long noOutcome, long inWork, String share, String averageDays, String medianDays, String funding, String costs,
      String saved) {
    assertThat(row.participants()).as("participants").isEqualTo(participants);
    assertThat(row.inSupport()).as("in support").isEqualTo(inSupport);
    assertThat(row.supportEnded()).as("support ended").isEqualTo(ended);
    assertThat(row.newJob()).as("new job").isEqualTo(newJob);
    assertThat(row.ownBusiness()).as("own business").isEqualTo(ownBusiness);
    assertThat(row.otherOutcome()).as("other").isEqualTo(other);
    assertThat(row.noOutcomeWithinYear()).as("no outcome").isEqualTo(noOutcome);
    assertThat(row.inWorkWithinYear()).as("in work").isEqualTo(inWork);
    assertThat(row.shareInWorkWithinYearPercent()).as("share").isEqualTo(new BigDecimal(share));
    assertThat(row.averageDaysToOutcome()).as("average days").isEqualTo(averageDays == null ? null : new BigDecimal(averageDays));
    assertThat(row.medianDaysToOutcome()).as("median days").isEqualTo(medianDays == null ? null : new BigDecimal(medianDays));
    assertThat(row.funding()).as("funding").isEqualByComparingTo(funding);
    assertThat(row.costs()).as("costs").isEqualByComparingTo(costs);
    assertThat(row.savedToLedger()).as("saved").isEqualByComparingTo(saved);
  }
}

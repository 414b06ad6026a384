package dk.puljeflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.report.DecisionDeadlineReport.Breach;
import dk.puljeflow.report.DecisionDeadlineReport.MonthRow;
import dk.puljeflow.report.StageTimeReport.Stage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every report's exact figures from the cases of {@link ReportDataSet}, computed by the report classes
 * with a filter, as the API and the page use them.
 */
class ReportsTest extends ReportDataSet {

  @Autowired DecisionDeadlineReport deadlines;
  @Autowired PoolUseReport poolUse;
  @Autowired FunnelReport funnel;
  @Autowired StageTimeReport stageTimes;

  @Test
  void decisionDeadlinesPerPoolAndMonthOfFullSignature() {
    assertThat(deadlines.months(QUARTER))
        .filteredOn(row -> row.poolId().startsWith("rapport-"))
        .extracting(MonthRow::poolId, MonthRow::month, MonthRow::deadlineDays, MonthRow::fullySigned, MonthRow::decidedOnTime,
            MonthRow::decidedLate, MonthRow::overdueUndecided, MonthRow::pending, MonthRow::endedUndecided,
            MonthRow::onTimePercent)
        .containsExactly(
            tuple(SIMPLE, YearMonth.of(2031, 1), 14, 3L, 2L, 1L, 0L, 0L, 0L, new BigDecimal("66.7")),
            tuple(SIMPLE, YearMonth.of(2031, 2), 14, 2L, 1L, 0L, 1L, 0L, 0L, new BigDecimal("50.0")),
            tuple(SIMPLE, YearMonth.of(2031, 3), 14, 1L, 0L, 0L, 0L, 1L, 0L, null),
            tuple(MENTOR_POOL, YearMonth.of(2031, 1), 14, 2L, 2L, 0L, 0L, 0L, 0L, new BigDecimal("100.0")),
            tuple(MENTOR_POOL, YearMonth.of(2031, 2), 14, 1L, 0L, 1L, 0L, 0L, 0L, new BigDecimal("0.0")),
            tuple(MENTOR_POOL, YearMonth.of(2031, 3), 14, 0L, 0L, 0L, 0L, 0L, 0L, null));

    // The pool filter keeps one pool; a pool without cases still has its months.
    assertThat(deadlines.months(filter(SIMPLE, "2031-02-01", "2031-02-28")))
        .extracting(MonthRow::poolId, MonthRow::month, MonthRow::fullySigned, MonthRow::onTimePercent)
        .containsExactly(tuple(SIMPLE, YearMonth.of(2031, 2), 2L, new BigDecimal("50.0")));
    assertThat(deadlines.months(filter(NEXT_YEAR, "2031-01-01", "2031-02-28")))
        .extracting(MonthRow::poolId, MonthRow::fullySigned, MonthRow::onTimePercent)
        .containsExactly(tuple(NEXT_YEAR, 0L, null), tuple(NEXT_YEAR, 0L, null));
  }

  @Test
  void breachesWithHowLateEachWas() {
    assertThat(deadlines.breaches(QUARTER))
        .filteredOn(breach -> breach.poolId().startsWith("rapport-"))
        .extracting(Breach::poolId, Breach::month, Breach::submittedAt, Breach::decisionDueAt, Breach::decidedAt,
            Breach::status, Breach::open, Breach::daysLate)
        .containsExactly(
            tuple(SIMPLE, YearMonth.of(2031, 1), at("01-10T09:00"), at("01-24T09:00"), at("01-27T09:00"),
                ApplicationStatus.REJECTED, false, new BigDecimal("3.00")),
            tuple(SIMPLE, YearMonth.of(2031, 2), at("02-03T09:00"), at("02-17T09:00"), null,
                ApplicationStatus.AWAITING_DECISION, true, new BigDecimal("31.00")),
            tuple(MENTOR_POOL, YearMonth.of(2031, 2), at("02-05T09:00"), at("02-19T09:00"), at("02-20T21:00"),
                ApplicationStatus.CONTRACT_PENDING, false, new BigDecimal("1.50")));

    // Waiting past the deadline keeps counting: a day later the open breach is a day later.
    moveClockTo(NOW.plusSeconds(86_400));
    assertThat(deadlines.breaches(filter(SIMPLE, "2031-02-01", "2031-02-28")))
        .singleElement().extracting(Breach::daysLate).isEqualTo(new BigDecimal("32.00"));
  }

  @Test
  void poolUseMonthByMonthWithCarryOverToNextYear() {
    assertThat(poolUse.months(QUARTER))
        .filteredOn(row -> row.poolId().startsWith("rapport-"))
        .extracting(row -> row.poolId() + " " + row.month() + ": budget " + row.budget() + " + " + row.carryOver()
            + " | in month +" + row.reservedInMonth() + " -" + row.releasedInMonth() + " paid " + row.paidInMonth()
            + " out " + row.carriedOutInMonth() + " | reserved " + row.reserved() + " paid " + row.paid()
            + " out " + row.carriedOut() + " available " + row.available())
        .containsExactly(
            "rapport-enkel 2031-01: budget 100000.00 + 20000.00 | in month +17000.00 -1000.00 paid 7000.00 out 0.00"
                + " | reserved 9000.00 paid 7000.00 out 0.00 available 104000.00",
            "rapport-enkel 2031-02: budget 100000.00 + 20000.00 | in month +8000.00 -9000.00 paid 0.00 out 0.00"
                + " | reserved 8000.00 paid 7000.00 out 0.00 available 105000.00",
            "rapport-enkel 2031-03: budget 100000.00 + 20000.00 | in month +0.00 -0.00 paid 8000.00 out 105000.00"
                + " | reserved 0.00 paid 15000.00 out 105000.00 available 0.00",
            "rapport-enkel-2032 2031-01: budget 50000.00 + 105000.00 | in month +0.00 -0.00 paid 0.00 out 0.00"
                + " | reserved 0.00 paid 0.00 out 0.00 available 155000.00",
            "rapport-enkel-2032 2031-02: budget 50000.00 + 105000.00 | in month +0.00 -0.00 paid 0.00 out 0.00"
                + " | reserved 0.00 paid 0.00 out 0.00 available 155000.00",
            "rapport-enkel-2032 2031-03: budget 50000.00 + 105000.00 | in month +0.00 -0.00 paid 0.00 out 0.00"
                + " | reserved 0.00 paid 0.00 out 0.00 available 155000.00",
            "rapport-mentor 2031-01: budget 200000.00 + 0.00 | in month +90000.00 -0.00 paid 0.00 out 0.00"
                + " | reserved 90000.00 paid 0.00 out 0.00 available 110000.00",
            "rapport-mentor 2031-02: budget 200000.00 + 0.00 | in month +30000.00 -0.00 paid 20000.00 out 0.00"
                + " | reserved 100000.00 paid 20000.00 out 0.00 available 80000.00",
            "rapport-mentor 2031-03: budget 200000.00 + 0.00 | in month +0.00 -0.00 paid 20000.00 out 0.00"
                + " | reserved 80000.00 paid 40000.00 out 0.00 available 80000.00");

    // A period that ends mid-month: the balance is the one at the period's end, the flows those up to it.
    assertThat(poolUse.months(filter(SIMPLE, "2031-01-10", "2031-01-20")))
        .extracting(PoolUseReport.MonthRow::reservedInMonth, PoolUseReport.MonthRow::paidInMonth,
            PoolUseReport.MonthRow::reserved, PoolUseReport.MonthRow::available)
        .containsExactly(tuple(new BigDecimal("17000.00"), new BigDecimal("0.00"), new BigDecimal("17000.00"),
            new BigDecimal("103000.00")));
  }

  @Test
  void funnelOfTheApplicationsReceivedInThePeriod() {
    assertThat(funnel.rows(QUARTER))
        .filteredOn(row -> row.poolId().startsWith("rapport-"))
        .extracting(FunnelReport.Row::poolId, FunnelReport.Row::started, FunnelReport.Row::fullySigned,
            FunnelReport.Row::approved, FunnelReport.Row::paid, FunnelReport.Row::evaluated, FunnelReport.Row::closed,
            FunnelReport.Row::lapsed, FunnelReport.Row::declined, FunnelReport.Row::rejected, FunnelReport.Row::withdrawn,
            FunnelReport.Row::inProgress)
        .containsExactly(
            tuple(SIMPLE, 8L, 6L, 3L, 2L, null, 2L, 1L, 1L, 1L, 1L, 2L),
            tuple(MENTOR_POOL, 3L, 3L, 3L, 1L, 1L, 1L, 0L, 0L, 0L, 0L, 2L));

    // February's applications only (A6 and A7), whatever happened to them later.
    assertThat(funnel.rows(filter(SIMPLE, "2031-02-01", "2031-02-28")))
        .extracting(FunnelReport.Row::started, FunnelReport.Row::fullySigned, FunnelReport.Row::approved,
            FunnelReport.Row::paid, FunnelReport.Row::closed, FunnelReport.Row::inProgress)
        .containsExactly(tuple(2L, 2L, 1L, 1L, 1L, 1L));
  }

  @Test
  void whereTimeGoesMedianAndNinetiethPercentilePerStage() {
    assertThat(stageTimes.rows(QUARTER))
        .filteredOn(row -> row.poolId().startsWith("rapport-"))
        .extracting(StageTimeReport.Row::poolId, StageTimeReport.Row::stage, StageTimeReport.Row::cases,
            StageTimeReport.Row::medianDays, StageTimeReport.Row::p90Days, StageTimeReport.Row::bottleneck)
        .containsExactly(
            // signature: 0.25, 1, 1, 2, 2, 4 days; decision: 2, 5, 12.75, 17; payout: 10, 19
            tuple(SIMPLE, Stage.SIGNATURE, 6L, new BigDecimal("1.50"), new BigDecimal("3.00"), false),
            tuple(SIMPLE, Stage.DECISION, 4L, new BigDecimal("8.88"), new BigDecimal("15.73"), false),
            tuple(SIMPLE, Stage.CONTRACT, 0L, null, null, false),
            tuple(SIMPLE, Stage.PAYOUT, 2L, new BigDecimal("14.50"), new BigDecimal("18.10"), true),
            tuple(SIMPLE, Stage.FOLLOW_UP, 0L, null, null, false),
            // signature: 1, 2, 3; decision: 7, 13, 15.5; contract: 5, 10; payout 7 + 10; follow-up 20 + 14
            tuple(MENTOR_POOL, Stage.SIGNATURE, 3L, new BigDecimal("2.00"), new BigDecimal("2.80"), false),
            tuple(MENTOR_POOL, Stage.DECISION, 3L, new BigDecimal("13.00"), new BigDecimal("15.00"), false),
            tuple(MENTOR_POOL, Stage.CONTRACT, 2L, new BigDecimal("7.50"), new BigDecimal("9.50"), false),
            tuple(MENTOR_POOL, Stage.PAYOUT, 1L, new BigDecimal("17.00"), new BigDecimal("17.00"), false),
            tuple(MENTOR_POOL, Stage.FOLLOW_UP, 1L, new BigDecimal("34.00"), new BigDecimal("34.00"), true));

    // February: B3's signature and decision, B2's contract, B1's first instalment; B1's follow-up is not over.
    assertThat(stageTimes.rows(filter(MENTOR_POOL, "2031-02-01", "2031-02-28")))
        .extracting(StageTimeReport.Row::stage, StageTimeReport.Row::cases, StageTimeReport.Row::medianDays,
            StageTimeReport.Row::bottleneck)
        .containsExactly(
            tuple(Stage.SIGNATURE, 1L, new BigDecimal("2.00"), false),
            tuple(Stage.DECISION, 1L, new BigDecimal("15.50"), true),
            tuple(Stage.CONTRACT, 1L, new BigDecimal("10.00"), false),
            tuple(Stage.PAYOUT, 1L, new BigDecimal("7.00"), false),
            tuple(Stage.FOLLOW_UP, 0L, null, false));
  }

  @Test
  void stageTimesComeFromTheCaseEventLogAlone() {
    GrantApplication a1 = applications.byNumber(numberOf(SIMPLE, 0));
    // The engine's history of the case is gone (history cleanup, a lower history level): the report stays.
    engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(a1.getApplicationNumber())
        .finished().list().forEach(instance -> engine.getHistoryService().deleteHistoricProcessInstanceIfExists(instance.getId()));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(a1.getApplicationNumber()).count()).isZero();

    assertThat(stageTimes.rows(filter(SIMPLE, "2031-01-01", "2031-03-31")))
        .filteredOn(row -> row.stage() == Stage.PAYOUT).singleElement()
        .extracting(StageTimeReport.Row::cases, StageTimeReport.Row::medianDays).containsExactly(2L, new BigDecimal("14.50"));
    assertThat(events(a1)).extracting(event -> event.getEventType() + " " + event.getOccurredAt())
        .contains("FULLY_SIGNED " + at("01-08T09:00"), "DECIDED " + at("01-13T09:00"),
            "PAYOUT_REQUESTED " + at("01-13T09:00"), "PAYOUT_INSTRUCTED " + at("01-23T09:00"));
  }
}

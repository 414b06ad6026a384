package dk.puljeflow.transition;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dk.puljeflow.EngineTime;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.GrantApplicationRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcomes per transition project and supplier, and per supplier over all its projects. The population is
 * everyone who got a job coach. "In work within a year" is a new job or an own business, recorded before the
 * support year ran out; its share is taken of those whose support has ended (people still in support are
 * counted but not judged). Time to outcome is counted in days from the last day of employment to the
 * outcome, for every recorded outcome (an outcome during the notice period counts as 0 days).
 */
@Component
public class OutcomeReport {

  private final ParticipantRepository participants;
  private final ProjectBookingRepository bookings;
  private final SupplierRepository suppliers;
  private final GrantApplicationRepository applications;

  OutcomeReport(ParticipantRepository participants, ProjectBookingRepository bookings, SupplierRepository suppliers,
      GrantApplicationRepository applications) {
    this.participants = participants;
    this.bookings = bookings;
    this.suppliers = suppliers;
    this.applications = applications;
  }

  public record Report(Instant generatedAt, List<Row> byProjectAndSupplier, List<Row> bySupplier) {}

  /** One project at one supplier; in the supplier totals {@code projectNumber} and {@code employer} are empty. */
  @JsonPropertyOrder({"projectNumber", "employer", "supplierId", "supplierName", "participants", "inSupport", "supportEnded",
      "newJob", "ownBusiness", "otherOutcome", "noOutcomeWithinYear", "inWorkWithinYear", "shareInWorkWithinYearPercent",
      "averageDaysToOutcome", "medianDaysToOutcome", "funding", "costs", "savingsUsed", "savedToLedger"})
  public record Row(String projectNumber, String employer, String supplierId, String supplierName, long participants,
      long inSupport, long supportEnded, long newJob, long ownBusiness, long otherOutcome, long noOutcomeWithinYear,
      long inWorkWithinYear, BigDecimal shareInWorkWithinYearPercent, BigDecimal averageDaysToOutcome,
      BigDecimal medianDaysToOutcome, BigDecimal funding, BigDecimal costs, BigDecimal savingsUsed, BigDecimal savedToLedger) {}

  /** The report, optionally for one project (its number) and/or one supplier (its id). */
  @Transactional(readOnly = true)
  public Report now(String projectNumber, String supplierId) {
    Map<Long, GrantApplication> projects = new LinkedHashMap<>();
    List<Participant> coached = participants.findBySupplierIdNotNullOrderByApplicationIdAscIdAsc().stream()
        .filter(p -> supplierId == null || supplierId.equals(p.getSupplierId()))
        .filter(p -> projectNumber == null || projectNumber.equals(project(projects, p.getApplicationId()).getApplicationNumber()))
        .toList();
    Map<String, String> supplierNames = suppliers.findAll().stream().collect(Collectors.toMap(Supplier::getId, Supplier::getName));

    List<Row> byProject = new ArrayList<>();
    Map<List<Object>, List<Participant>> groups = coached.stream().collect(Collectors.groupingBy(
        p -> List.of(p.getApplicationId(), p.getSupplierId()), LinkedHashMap::new, Collectors.toList()));
    groups.forEach((key, people) -> {
      GrantApplication project = project(projects, (Long) key.get(0));
      String supplier = (String) key.get(1);
      byProject.add(row(project.getApplicationNumber(), project.getWorkplaceName(), supplier, supplierNames.get(supplier), people,
          bookings.findByApplicationIdAndSupplierIdOrderById(project.getId(), supplier)));
    });
    byProject.sort(Comparator.comparing(Row::projectNumber).thenComparing(Row::supplierId));

    List<Row> bySupplier = new ArrayList<>();
    coached.stream().collect(Collectors.groupingBy(Participant::getSupplierId, java.util.TreeMap::new, Collectors.toList()))
        .forEach((supplier, people) -> bySupplier.add(row(null, null, supplier, supplierNames.get(supplier), people,
            people.stream().map(Participant::getApplicationId).distinct()
                .flatMap(project -> bookings.findByApplicationIdAndSupplierIdOrderById(project, supplier).stream()).toList())));
    return new Report(EngineTime.now(), byProject, bySupplier);
  }

  private GrantApplication project(Map<Long, GrantApplication> cache, Long applicationId) {
    return cache.computeIfAbsent(applicationId, id -> applications.findById(id).orElseThrow());
  }

  private static Row row(String projectNumber, String employer, String supplierId, String supplierName, List<Participant> people,
      List<ProjectBooking> money) {
    List<Participant> ended = people.stream().filter(p -> p.getStatus() == ParticipantStatus.SUPPORT_ENDED).toList();
    Map<Outcome, Long> outcomes = ended.stream().collect(Collectors.groupingBy(Participant::getOutcome, Collectors.counting()));
    long inWork = ended.stream().filter(p -> p.getOutcome().isInWork()).count();
    List<Long> days = ended.stream()
        .filter(p -> p.getOutcome().isRecordable())
        .map(p -> Math.max(0, ChronoUnit.DAYS.between(p.getLastDayOfEmployment(), p.getOutcomeOn())))
        .sorted()
        .toList();
    Function<ProjectBooking.Type, BigDecimal> sum = type -> money.stream().filter(b -> b.getBookingType() == type)
        .map(ProjectBooking::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new Row(projectNumber, employer, supplierId, supplierName, people.size(),
        people.stream().filter(p -> p.getStatus() == ParticipantStatus.IN_SUPPORT).count(), ended.size(),
        outcomes.getOrDefault(Outcome.NEW_JOB, 0L), outcomes.getOrDefault(Outcome.OWN_BUSINESS, 0L),
        outcomes.getOrDefault(Outcome.OTHER, 0L), outcomes.getOrDefault(Outcome.NO_OUTCOME_WITHIN_YEAR, 0L), inWork,
        ended.isEmpty() ? null : percent(inWork, ended.size()), average(days), median(days),
        sum.apply(ProjectBooking.Type.FUNDING), sum.apply(ProjectBooking.Type.COST), sum.apply(ProjectBooking.Type.SAVINGS_USED),
        sum.apply(ProjectBooking.Type.SURPLUS_TO_LEDGER));
  }

  private static BigDecimal percent(long part, long whole) {
    return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  private static BigDecimal average(List<Long> days) {
    if (days.isEmpty()) {
      return null;
    }
    return BigDecimal.valueOf(days.stream().mapToLong(Long::longValue).sum()).divide(BigDecimal.valueOf(days.size()), 1,
        RoundingMode.HALF_UP);
  }

  private static BigDecimal median(List<Long> sortedDays) {
    if (sortedDays.isEmpty()) {
      return null;
    }
    int middle = sortedDays.size() / 2;
    BigDecimal median = sortedDays.size() % 2 == 1 ? BigDecimal.valueOf(sortedDays.get(middle))
        : BigDecimal.valueOf(sortedDays.get(middle - 1) + sortedDays.get(middle)).divide(BigDecimal.valueOf(2));
    return median.setScale(1, RoundingMode.HALF_UP);
  }
}

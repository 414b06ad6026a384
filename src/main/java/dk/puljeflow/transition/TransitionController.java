package dk.puljeflow.transition;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.puljeflow.application.ApplicationRegistry;
import dk.puljeflow.application.CaseEventRepository;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.signature.SignatureRequests;
import jakarta.validation.Valid;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The TSL API: advisers register transition projects and report coaching meetings and training
 * applications; advisers and managers follow projects, persons, suppliers and outcomes.
 */
@RestController
@RequestMapping("/api/transition")
class TransitionController {

  private static final CsvMapper CSV = (CsvMapper) new CsvMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final TransitionService service;
  private final TransitionProjects projects;
  private final ApplicationRegistry registry;
  private final SignatureRequests signatures;
  private final CoachingMeetingRepository meetings;
  private final TrainingApplicationRepository trainings;
  private final ProjectFunding funding;
  private final CaseEventRepository events;
  private final Suppliers suppliers;
  private final SupplierLedger ledger;
  private final OutcomeReport report;

  TransitionController(TransitionService service, TransitionProjects projects, ApplicationRegistry registry,
      SignatureRequests signatures, CoachingMeetingRepository meetings, TrainingApplicationRepository trainings,
      ProjectFunding funding, CaseEventRepository events, Suppliers suppliers, SupplierLedger ledger, OutcomeReport report) {
    this.service = service;
    this.projects = projects;
    this.registry = registry;
    this.signatures = signatures;
    this.meetings = meetings;
    this.trainings = trainings;
    this.funding = funding;
    this.events = events;
    this.suppliers = suppliers;
    this.ledger = ledger;
    this.report = report;
  }

  /**
   * Validation errors come back as 400 with a message per field (see ApiErrors). Not @Valid here: the
   * validator checks the fields and the rules across them (pool, duplicates, the support year, the cap) in
   * one go, so one answer names every wrong field.
   */
  @PostMapping("/projects")
  ResponseEntity<ProjectView> apply(@RequestBody TransitionProjectRequest request, Principal user) {
    GrantApplication project = service.apply(request, user.getName());
    return ResponseEntity.created(URI.create("/api/transition/projects/" + project.getApplicationNumber()))
        .body(project(project.getApplicationNumber()));
  }

  @GetMapping("/projects/{number}")
  @Transactional(readOnly = true)
  ProjectView project(@PathVariable String number) {
    GrantApplication project = service.project(number);
    Map<String, List<ProjectBooking>> money = funding.bookingsOf(project.getId()).stream()
        .collect(Collectors.groupingBy(ProjectBooking::getSupplierId, java.util.TreeMap::new, Collectors.toList()));
    return new ProjectView(project.getApplicationNumber(), project.getStatus(), project.getPoolId(),
        registry.poolOf(project).getCurrency(), project.getWorkplaceName(), project.getActivity(), project.getReceivedAt(),
        project.getRequestedAmount(), project.getGrantedAmount(),
        signatures.of(project.getId()).stream()
            .map(s -> new ProjectView.Signer(s.getSignerRole(), s.getSignerName(), s.getState())).toList(),
        projects.of(project.getId()).stream().map(p -> participantView(p, project.getApplicationNumber())).toList(),
        money.entrySet().stream().map(e -> money(e.getKey(), e.getValue())).toList(),
        events.findByApplicationIdOrderByOccurredAtAscIdAsc(project.getId()).stream()
            .map(e -> new ProjectView.Event(e.getEventType(), e.getOccurredAt(), e.getActor(), e.getDetail())).toList());
  }

  @GetMapping("/participants/{number}")
  @Transactional(readOnly = true)
  ParticipantView participant(@PathVariable String number) {
    Participant participant = service.participant(number);
    return participantView(participant, projects.projectOf(participant).getApplicationNumber());
  }

  /** 400 for a date in the future or before the support started; 409 when the person is not in support. */
  @PostMapping("/participants/{number}/coaching-meetings")
  ResponseEntity<ParticipantView.Meeting> logCoachingMeeting(@PathVariable String number,
      @Valid @RequestBody CoachingMeetingRequest request, Principal user) {
    CoachingMeeting meeting = service.logCoachingMeeting(number, request, user.getName());
    return ResponseEntity.created(URI.create("/api/transition/participants/" + number))
        .body(new ParticipantView.Meeting(meeting.getHeldOn(), meeting.getMeetingType(), meeting.getNote(), meeting.getRecordedBy()));
  }

  /** The application waits for an adviser's decision in Tasklist ("Besluta om utbildning eller validering"). */
  @PostMapping("/participants/{number}/training-applications")
  ResponseEntity<ParticipantView> applyForTraining(@PathVariable String number, @Valid @RequestBody TrainingRequest request,
      Principal user) {
    service.applyForTraining(number, request, user.getName());
    return ResponseEntity.created(URI.create("/api/transition/participants/" + number)).body(participant(number));
  }

  @GetMapping("/suppliers")
  List<Suppliers.Place> suppliers() {
    return suppliers.registry();
  }

  record LedgerView(String supplierId, String name, BigDecimal balance, List<Movement> movements) {}

  record Movement(SupplierLedgerEntry.Type type, BigDecimal amount, BigDecimal balanceAfter, String projectNumber,
      Instant bookedAt, String note) {}

  /** Every movement of the supplier's savings, oldest first, with the balance after each. */
  @GetMapping("/suppliers/{id}/ledger")
  @Transactional(readOnly = true)
  LedgerView ledger(@PathVariable String id) {
    Supplier supplier = suppliers.find(id);
    return new LedgerView(supplier.getId(), supplier.getName(), ledger.balanceOf(id), ledger.entriesOf(id).stream()
        .map(e -> new Movement(e.getEntryType(), e.getAmount(), e.getBalanceAfter(),
            registry.find(e.getApplicationId()).getApplicationNumber(), e.getBookedAt(), e.getNote()))
        .toList());
  }

  @GetMapping("/report")
  OutcomeReport.Report report(@RequestParam(required = false) String project, @RequestParam(required = false) String supplier) {
    return report.now(project, supplier);
  }

  /** The rows per project and supplier as CSV. Spelled out in full: a relative ".csv" would become /report/.csv. */
  @GetMapping(value = "/report.csv", produces = "text/csv")
  String reportCsv(@RequestParam(required = false) String project, @RequestParam(required = false) String supplier)
      throws IOException {
    return CSV.writer(CSV.schemaFor(OutcomeReport.Row.class).withHeader())
        .writeValueAsString(report.now(project, supplier).byProjectAndSupplier());
  }

  private ParticipantView participantView(Participant participant, String projectNumber) {
    return ParticipantView.of(participant, projectNumber, meetings.findByParticipantIdOrderByHeldOnAscIdAsc(participant.getId()),
        trainings.findByParticipantIdOrderById(participant.getId()));
  }

  private static ProjectView.Money money(String supplierId, List<ProjectBooking> bookings) {
    java.util.function.Function<ProjectBooking.Type, BigDecimal> sum = type -> bookings.stream()
        .filter(b -> b.getBookingType() == type).map(ProjectBooking::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    return new ProjectView.Money(supplierId, sum.apply(ProjectBooking.Type.FUNDING), sum.apply(ProjectBooking.Type.COST),
        sum.apply(ProjectBooking.Type.SAVINGS_USED), sum.apply(ProjectBooking.Type.SURPLUS_TO_LEDGER),
        bookings.stream().map(ProjectBooking::effect).reduce(BigDecimal.ZERO, BigDecimal::add));
  }
}

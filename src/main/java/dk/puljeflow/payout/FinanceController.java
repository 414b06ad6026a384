package dk.puljeflow.payout;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.puljeflow.EngineTime;
import dk.puljeflow.application.GrantApplication;
import dk.puljeflow.application.GrantApplicationRepository;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.MediaType;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The payout outbox for the finance role: collect pending instructions, acknowledge them, export CSV. */
@RestController
@RequestMapping("/api/finance")
class FinanceController {

  private static final CsvMapper CSV = (CsvMapper) new CsvMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final PaymentInstructionRepository instructions;
  private final GrantApplicationRepository applications;

  FinanceController(PaymentInstructionRepository instructions, GrantApplicationRepository applications) {
    this.instructions = instructions;
    this.applications = applications;
  }

  @GetMapping("/payouts")
  @Transactional(readOnly = true)
  List<PayoutView> list(@RequestParam(defaultValue = "PENDING") PaymentInstruction.Status status) {
    return instructions.findByStatusOrderById(status).stream().map(this::view).toList();
  }

  // Spelled out in full: a relative ".csv" would be joined with a slash, giving /payouts/.csv.
  @GetMapping(value = "/payouts.csv", produces = "text/csv")
  @Transactional(readOnly = true)
  String csv(@RequestParam(defaultValue = "PENDING") PaymentInstruction.Status status) throws IOException {
    return CSV.writer(CSV.schemaFor(PayoutView.class).withHeader()).writeValueAsString(list(status));
  }

  @PostMapping(value = "/payouts/{id}/ack", produces = MediaType.APPLICATION_JSON_VALUE)
  @Transactional
  PayoutView acknowledge(@PathVariable Long id, Principal user) {
    PaymentInstruction instruction = instructions.findById(id)
        .orElseThrow(() -> new NoSuchElementException("No payment instruction " + id));
    instruction.acknowledge(user.getName(), EngineTime.now());
    return view(instruction);
  }

  private PayoutView view(PaymentInstruction instruction) {
    String number = applications.findById(instruction.getApplicationId()).map(GrantApplication::getApplicationNumber).orElse(null);
    return PayoutView.of(instruction, number);
  }
}

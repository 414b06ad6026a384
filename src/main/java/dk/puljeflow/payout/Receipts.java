package dk.puljeflow.payout;

import dk.puljeflow.EngineTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The receipts of a case's payout reports. */
@Service
public class Receipts {

  private final ReceiptRepository receipts;

  Receipts(ReceiptRepository receipts) {
    this.receipts = receipts;
  }

  @Transactional
  public void attach(Long applicationId, int payoutStage, List<ReceiptFile> files) {
    files.forEach(file -> receipts.save(new Receipt(applicationId, payoutStage, file, EngineTime.now())));
  }

  @Transactional(readOnly = true)
  public List<Receipt> of(Long applicationId, int payoutStage) {
    return receipts.findByApplicationIdAndPayoutStageOrderById(applicationId, payoutStage);
  }

  @Transactional(readOnly = true)
  public Optional<Receipt> find(Long applicationId, Long receiptId) {
    return receipts.findByIdAndApplicationId(receiptId, applicationId);
  }

  /** A Markdown list of links for the caseworker's payout form (Camunda Forms render Markdown in text fields). */
  String listFor(String applicationNumber, Long applicationId, int payoutStage) {
    List<Receipt> found = of(applicationId, payoutStage);
    if (found.isEmpty()) {
      return "Ingen bilag uploadet.";
    }
    return found.stream()
        .map(receipt -> "- [" + receipt.getFileName().replace("]", "_") + "](/cases/" + applicationNumber + "/receipts/"
            + receipt.getId() + ") (" + Math.max(1, receipt.getSizeBytes() / 1024) + " kB)")
        .collect(Collectors.joining("\n"));
  }
}

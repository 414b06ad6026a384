package dk.puljeflow.payout;

import dk.puljeflow.application.ApplicationService;
import dk.puljeflow.application.GrantApplication;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A receipt for the caseworker who approves the payout, linked from the Tasklist form. Always a
 * download with the type found at upload, so an uploaded file is never rendered as a page here.
 */
@RestController
class ReceiptDownloadController {

  private final ApplicationService applications;
  private final Receipts receipts;

  ReceiptDownloadController(ApplicationService applications, Receipts receipts) {
    this.applications = applications;
    this.receipts = receipts;
  }

  @GetMapping("/cases/{number}/receipts/{receiptId}")
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> download(@PathVariable String number, @PathVariable Long receiptId) {
    GrantApplication application = applications.byNumber(number);
    Receipt receipt = receipts.find(application.getId(), receiptId)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No such receipt"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(receipt.getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(receipt.getFileName(), StandardCharsets.UTF_8).build().toString())
        .body(receipt.getContent());
  }
}

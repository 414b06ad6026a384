package dk.puljeflow.portal;

import dk.puljeflow.EngineTime;
import dk.puljeflow.application.ApplicationStatus;
import dk.puljeflow.signature.SignatureState;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Danish words for the states the public pages show; exposed to the templates as {@code labels}. */
@Component("labels")
public class PortalLabels {

  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("da-DK")).withZone(EngineTime.ZONE);

  private static final Map<ApplicationStatus, String> STATUS = Map.ofEntries(
      Map.entry(ApplicationStatus.RECEIVED, "Modtaget"),
      Map.entry(ApplicationStatus.AWAITING_SIGNATURES, "Afventer underskrifter"),
      Map.entry(ApplicationStatus.AWAITING_DECISION, "Under behandling"),
      Map.entry(ApplicationStatus.MORE_INFORMATION_REQUESTED, "Afventer supplerende oplysninger"),
      Map.entry(ApplicationStatus.APPROVED, "Bevilget"),
      Map.entry(ApplicationStatus.CONTRACT_PENDING, "Bevilget – kontrakt afventer underskrift"),
      Map.entry(ApplicationStatus.ACTIVE, "Bevilget – projektet er i gang"),
      Map.entry(ApplicationStatus.CLOSED, "Afsluttet"),
      Map.entry(ApplicationStatus.REJECTED, "Afslag"),
      Map.entry(ApplicationStatus.REJECTED_BY_SIGNER, "Afvist af en part"),
      Map.entry(ApplicationStatus.LAPSED, "Bortfaldet (ikke underskrevet i tide)"),
      Map.entry(ApplicationStatus.WITHDRAWN, "Trukket tilbage"));

  private static final Map<SignatureState, String> SIGNATURE = Map.of(
      SignatureState.PENDING, "Afventer",
      SignatureState.SIGNED, "Underskrevet",
      SignatureState.DECLINED, "Afvist",
      SignatureState.EXPIRED, "Ikke underskrevet");

  private static final Map<String, String> STAGE = Map.of(
      "SIGNATURE", "Underskrifter",
      "DECISION", "Afgørelse",
      "CONTRACT", "Kontrakt",
      "MIDWAY_MEETING", "Midtvejsmøde",
      "PAYOUT", "Udbetaling",
      "FINAL_EVALUATION", "Slutevaluering");

  public String status(ApplicationStatus status) {
    return STATUS.getOrDefault(status, status.name());
  }

  public String signature(SignatureState state) {
    return SIGNATURE.getOrDefault(state, state.name());
  }

  public String stage(String stage) {
    return STAGE.getOrDefault(stage, stage);
  }

  public String time(Instant instant) {
    return instant == null ? "" : DATE_TIME.format(instant);
  }
}

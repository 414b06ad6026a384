package dk.puljeflow.application;

import dk.puljeflow.pool.Pool;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The application's key facts as the few lines every task form shows above its inputs. */
final class CaseSummary {

  private static final Locale DANISH = Locale.forLanguageTag("da-DK");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
  private static final int ACTIVITY_LENGTH = 300;

  private CaseSummary() {}

  static String of(GrantApplication application, Pool pool) {
    StringBuilder summary = new StringBuilder()
        .append("Arbejdsplads: ").append(application.getWorkplaceName()).append("  \n")
        .append("Ansøgt beløb: ").append(kroner(application.getRequestedAmount())).append(' ').append(pool.getCurrency())
        .append("  \n")
        .append("Projektperiode: ").append(DATE.format(application.getProjectStart())).append(" – ")
        .append(DATE.format(application.getProjectEnd())).append("  \n");
    if (application.getBuyoutHours() != null) {
      summary.append("Frikøbstimer: ").append(application.getBuyoutHours()).append("  \n");
    }
    if (application.getLeavingDate() != null) {
      summary.append("Fratrædelse: ").append(DATE.format(application.getLeavingDate())).append("  \n");
    }
    String activity = application.getActivity();
    summary.append("Aktivitet: ")
        .append(activity.length() > ACTIVITY_LENGTH ? activity.substring(0, ACTIVITY_LENGTH) + " …" : activity);
    return summary.toString();
  }

  private static String kroner(BigDecimal amount) {
    NumberFormat format = NumberFormat.getNumberInstance(DANISH);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    return format.format(amount);
  }
}

package dk.puljeflow.notification;

import java.util.Map;

/**
 * A message to one recipient about one case. {@code recipient} is an e-mail address, or
 * {@code group:<id>} for everyone in a Camunda group; {@code facts} are what the letter states;
 * {@code occurrence} tells apart notices of the same kind that a case may rightly get more than once
 * (the first and second payout), so that each is sent once and only once.
 */
public record Notice(NoticeType type, Long applicationId, String recipient, Map<String, Object> facts, String occurrence) {

  /** The fact that names the personal link a letter carries; the template sees its address as {@code link}. */
  public static final String LINK_ID = "linkId";

  public Notice(NoticeType type, Long applicationId, String recipient, Map<String, Object> facts) {
    this(type, applicationId, recipient, facts, "");
  }

  public static String group(String groupId) {
    return "group:" + groupId;
  }
}

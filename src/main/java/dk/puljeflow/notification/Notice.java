package dk.puljeflow.notification;

import java.util.Map;

/**
 * A message to one recipient about one case. {@code recipient} is an e-mail address, or
 * {@code group:<id>} for everyone in a Camunda group; {@code facts} are what the letter states.
 */
public record Notice(NoticeType type, Long applicationId, String recipient, Map<String, Object> facts) {

  public static String group(String groupId) {
    return "group:" + groupId;
  }
}

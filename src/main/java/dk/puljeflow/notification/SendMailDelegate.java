package dk.puljeflow.notification;

import dk.puljeflow.StartupCheckFailed;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * "Send e-mail" in notification.bpmn: renders the letter and hands it to the SMTP server. Any failure
 * (server down, template broken) is thrown, so the engine retries the job and finally raises an
 * incident; the notice is marked sent only once the server has accepted it.
 */
@Component
class SendMailDelegate implements JavaDelegate, DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(SendMailDelegate.class);
  private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

  static {
    // Jakarta Mail 2.1 looks its StreamProvider up through ServiceLoader for every encoded header, scanning
    // every jar each time (jakartaee/mail-api#861; Danish subjects are always encoded). Naming the provider
    // turns that into a class lookup. An operator's own -D setting wins.
    if (System.getProperty(STREAM_PROVIDER) == null) {
      System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private final NotificationAttempts attempts;
  private final MailTemplates templates;
  private final JavaMailSender mailSender;
  private final SmtpConnections connections;
  private final IdentityService identityService;
  private final MailProperties properties;

  SendMailDelegate(NotificationAttempts attempts, MailTemplates templates, ObjectProvider<JavaMailSender> mailSender,
      IdentityService identityService, MailProperties properties) {
    this.attempts = attempts;
    this.templates = templates;
    this.mailSender = mailSender.getIfAvailable();
    if (this.mailSender == null) {
      throw new StartupCheckFailed("No mail server is configured: letters to applicants could not be sent.",
          "Set SPRING_MAIL_HOST (and SPRING_MAIL_PORT, SPRING_MAIL_USERNAME, SPRING_MAIL_PASSWORD), or set"
              + " PULJEFLOW_MAIL_EMBEDDED=true for a local trial.", null);
    }
    this.connections = new SmtpConnections(this.mailSender, properties.connectionIdleTimeout());
    this.identityService = identityService;
    this.properties = properties;
  }

  @Override
  public void destroy() {
    connections.close();
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long id = ((Number) execution.getVariable(MailNotifier.NOTIFICATION_ID)).longValue();
    Notification notification = attempts.find(id);
    if (notification.getStatus() == Notification.Status.SENT) {
      return;
    }
    try {
      Map<String, String> facts = NoticeFacts.fromJson(notification.getFacts());
      RenderedMail mail = templates.render(notification.getNoticeType(), facts);
      List<String> recipients = recipients(notification.getRecipient());
      if (recipients.isEmpty()) {
        log.warn("Notice {} for {}: nobody in {} has an e-mail address", notification.getNoticeType(), id, notification.getRecipient());
      } else {
        connections.send(message(recipients, mail, notification.getNoticeType(), facts));
      }
      attempts.sent(id, mail.subject());
    } catch (RuntimeException e) {
      attempts.failed(id, e.getMessage());
      throw e;
    }
  }

  private MimeMessage message(List<String> recipients, RenderedMail mail, NoticeType type, Map<String, String> facts) {
    MimeMessage message = mailSender.createMimeMessage();
    try {
      boolean withInvitation = type == NoticeType.MIDWAY_MEETING_INVITATION;
      MimeMessageHelper helper = new MimeMessageHelper(message, withInvitation, StandardCharsets.UTF_8.name());
      helper.setFrom(properties.from());
      helper.setTo(recipients.toArray(String[]::new));
      helper.setSubject(mail.subject());
      helper.setText(mail.body());
      if (withInvitation) {
        String ics = MeetingInvitation.ics(facts.get("applicationNumber"), facts.get("meetingStart"), mail.subject(), mail.body());
        helper.addAttachment("midtvejsmoede.ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)),
            "text/calendar; charset=UTF-8; method=REQUEST");
      }
      return message;
    } catch (MessagingException e) {
      throw new IllegalStateException("Cannot build the mail: " + e.getMessage(), e);
    }
  }

  /** An address, or every member with an e-mail address of a Camunda group ("group:manager"). */
  private List<String> recipients(String recipient) {
    if (!recipient.startsWith("group:")) {
      return List.of(recipient);
    }
    return identityService.createUserQuery().memberOfGroup(recipient.substring("group:".length())).list().stream()
        .map(User::getEmail)
        .filter(email -> email != null && !email.isBlank())
        .toList();
  }
}

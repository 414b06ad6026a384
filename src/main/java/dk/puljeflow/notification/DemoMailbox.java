package dk.puljeflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * GET /api/demo/mails: the letters the embedded mail server received, newest first, so a demo user
 * reads signature requests and decisions without any mail setup.
 */
@RestController
@ConditionalOnProperty(name = "puljeflow.mail.embedded", havingValue = "true")
class DemoMailbox {

  private final GreenMail greenMail;

  DemoMailbox(GreenMail greenMail) {
    this.greenMail = greenMail;
  }

  record Mail(List<String> to, String subject, String sentAt, String body) {}

  @GetMapping("/api/demo/mails")
  List<Mail> mails() throws MessagingException {
    MimeMessage[] received = greenMail.getReceivedMessages();
    List<Mail> mails = new java.util.ArrayList<>();
    for (int i = received.length - 1; i >= 0; i--) {
      MimeMessage message = received[i];
      mails.add(new Mail(Arrays.stream(message.getAllRecipients()).map(Address::toString).toList(), message.getSubject(),
          String.valueOf(message.getSentDate()), GreenMailUtil.getBody(message)));
    }
    return mails;
  }
}

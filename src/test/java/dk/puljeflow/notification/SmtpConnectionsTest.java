package dk.puljeflow.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Letters share an open SMTP connection, and a connection the server has dropped is replaced, not a failed letter. */
class SmtpConnectionsTest {

  private GreenMail server;
  private JavaMailSenderImpl sender;
  private SmtpConnections connections;

  @BeforeEach
  void startServer() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    server = new NoDelayGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
  }

  @AfterEach
  void stopServer() {
    if (connections != null) {
      connections.close();
    }
    server.stop();
  }

  @Test
  void lettersOneAfterAnotherShareOneConnection() throws Exception {
    connections = new SmtpConnections(sender, Duration.ofSeconds(30));

    for (int i = 1; i <= 3; i++) {
      connections.send(letter("Brev " + i));
    }

    assertThat(subjects()).containsExactly("Brev 1", "Brev 2", "Brev 3");
    assertThat(connections.openConnections()).isEqualTo(1);
  }

  @Test
  void aConnectionTheServerDroppedIsReplacedAndTheLetterGoesOut() throws Exception {
    connections = new SmtpConnections(sender, Duration.ofSeconds(30));
    connections.send(letter("Før genstart"));

    server.stop();
    assertThatThrownBy(() -> connections.send(letter("Under nedbrud")))
        .isInstanceOf(MailSendException.class)
        .hasMessageContaining("Mail server connection failed");
    assertThat(connections.openConnections()).isZero();

    server.start();
    connections.send(letter("Efter genstart"));
    assertThat(subjects()).endsWith("Efter genstart").doesNotContain("Under nedbrud");
    assertThat(connections.openConnections()).isEqualTo(1);
  }

  @Test
  void aLetterAfterTheServerRestartedGoesOutOnANewConnection() throws Exception {
    connections = new SmtpConnections(sender, Duration.ofSeconds(30));
    connections.send(letter("Før genstart"));

    server.stop();
    server.start();
    connections.send(letter("Efter genstart"));

    assertThat(subjects()).endsWith("Efter genstart");
    assertThat(connections.openConnections()).isEqualTo(1);
  }

  @Test
  void aZeroIdleTimeoutOpensASessionPerLetter() throws Exception {
    connections = new SmtpConnections(sender, Duration.ZERO);

    connections.send(letter("Brev"));

    assertThat(subjects()).containsExactly("Brev");
    assertThat(connections.openConnections()).isZero();
  }

  private MimeMessage letter(String subject) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    message.setFrom("puljeflow@localhost");
    message.setRecipients(MimeMessage.RecipientType.TO, "anna@example.dk");
    message.setSubject(subject, "UTF-8");
    message.setText("Hej Anna", "UTF-8");
    return message;
  }

  private String[] subjects() {
    return Arrays.stream(server.getReceivedMessages()).map(message -> {
      try {
        return message.getSubject();
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toArray(String[]::new);
  }
}

package dk.puljeflow.notification;

import com.icegreen.greenmail.util.GreenMail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Properties;
import com.icegreen.greenmail.util.ServerSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** An SMTP server inside the application (GreenMail), for the demo and the tests: mail with no setup. */
@Configuration
@ConditionalOnProperty(name = "puljeflow.mail.embedded", havingValue = "true")
class EmbeddedMailServer {

  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail greenMail(MailProperties properties) {
    // Port 0: pick a free port once, so a restarted server (outage tests) comes back on the same one.
    int port = properties.embeddedPort() == 0 ? freePort() : properties.embeddedPort();
    return new NoDelayGreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  @Bean
  JavaMailSender embeddedMailSender(GreenMail greenMail) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(greenMail.getSmtp().getPort());
    sender.setDefaultEncoding("UTF-8");
    Properties timeouts = new Properties();
    timeouts.put("mail.smtp.connectiontimeout", "5000");
    timeouts.put("mail.smtp.timeout", "10000");
    sender.setJavaMailProperties(timeouts);
    return sender;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("No free port for the embedded mail server", e);
    }
  }
}

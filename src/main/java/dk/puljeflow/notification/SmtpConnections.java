package dk.puljeflow.notification;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.NoSuchProviderException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sends letters over SMTP connections that stay open between letters. {@link JavaMailSenderImpl} opens a
 * session (connect, greeting, EHLO, QUIT) for every message, which was most of a letter's cost in the
 * benchmark; here each sending job thread borrows an open connection, checks it with NOOP, and gives it
 * back. Connections idle longer than {@code idleTimeout} are closed, before most servers would drop them.
 * Messages, failures and their texts are those of {@link JavaMailSenderImpl}; with a zero timeout, or a
 * sender that is not a {@link JavaMailSenderImpl}, every letter goes through the sender as before.
 */
final class SmtpConnections implements AutoCloseable {

  private final JavaMailSender sender;
  private final GenericObjectPool<Transport> open;

  SmtpConnections(JavaMailSender sender, Duration idleTimeout) {
    this.sender = sender;
    this.open = sender instanceof JavaMailSenderImpl smtp && !idleTimeout.isZero() && !idleTimeout.isNegative()
        ? new GenericObjectPool<>(new Connector(smtp), config(idleTimeout))
        : null;
  }

  void send(MimeMessage message) {
    if (open == null) {
      sender.send(message);
      return;
    }
    Transport transport = borrow();
    try {
      prepare(message);
      Address[] recipients = message.getAllRecipients();
      transport.sendMessage(message, recipients != null ? recipients : new Address[0]);
    } catch (MessagingException e) {
      invalidate(transport);
      throw new MailSendException("Failed messages: " + e, e);
    } catch (RuntimeException e) {
      invalidate(transport);
      throw e;
    }
    open.returnObject(transport);
  }

  /** Open connections right now: idle ones plus those a letter is using. */
  int openConnections() {
    return open == null ? 0 : open.getNumIdle() + open.getNumActive();
  }

  @Override
  public void close() {
    if (open != null) {
      open.close();
    }
  }

  private Transport borrow() {
    try {
      return open.borrowObject();
    } catch (jakarta.mail.AuthenticationFailedException e) {
      throw new MailAuthenticationException(e);
    } catch (Exception e) {
      throw new MailSendException("Mail server connection failed", e);
    }
  }

  private void invalidate(Transport transport) {
    try {
      open.invalidateObject(transport);
    } catch (Exception ignored) {
      // the connection is being dropped anyway; the letter's own failure is what counts
    }
  }

  /** What {@link JavaMailSenderImpl} does to a message before it goes out. */
  private static void prepare(MimeMessage message) throws MessagingException {
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    String messageId = message.getMessageID();
    message.saveChanges();
    if (messageId != null) {
      message.setHeader("Message-ID", messageId);
    }
  }

  private static GenericObjectPoolConfig<Transport> config(Duration idleTimeout) {
    GenericObjectPoolConfig<Transport> config = new GenericObjectPoolConfig<>();
    config.setMaxTotal(-1); // one per sending thread; the job executor bounds those
    config.setMaxIdle(-1);
    config.setTestOnBorrow(true);
    config.setMinEvictableIdleDuration(idleTimeout);
    config.setTimeBetweenEvictionRuns(idleTimeout.dividedBy(2));
    config.setNumTestsPerEvictionRun(-1); // every idle connection on each run
    config.setJmxEnabled(false);
    return config;
  }

  /** Opens, checks and closes connections exactly as {@link JavaMailSenderImpl} would connect. */
  private static final class Connector extends BasePooledObjectFactory<Transport> {

    private final JavaMailSenderImpl smtp;

    Connector(JavaMailSenderImpl smtp) {
      this.smtp = smtp;
    }

    @Override
    public Transport create() throws MessagingException {
      Transport transport = transport();
      String username = smtp.getUsername();
      String password = smtp.getPassword();
      if ("".equals(username)) {
        username = null;
        if ("".equals(password)) {
          password = null;
        }
      }
      transport.connect(smtp.getHost(), smtp.getPort(), username, password);
      return transport;
    }

    private Transport transport() throws NoSuchProviderException {
      String protocol = smtp.getProtocol();
      if (protocol == null) {
        protocol = smtp.getSession().getProperty("mail.transport.protocol");
      }
      return smtp.getSession().getTransport(protocol == null ? JavaMailSenderImpl.DEFAULT_PROTOCOL : protocol);
    }

    @Override
    public PooledObject<Transport> wrap(Transport transport) {
      return new DefaultPooledObject<>(transport);
    }

    @Override
    public boolean validateObject(PooledObject<Transport> connection) {
      return connection.getObject().isConnected(); // SMTP NOOP: false once the server has hung up
    }

    @Override
    public void destroyObject(PooledObject<Transport> connection) throws MessagingException {
      connection.getObject().close();
    }
  }
}

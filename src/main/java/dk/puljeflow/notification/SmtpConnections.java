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
 * session (connect, greeting, EHLO, QUIT) for every message, a large part of a letter's cost in the
 * benchmark; here each sending job thread borrows an open connection and gives it back. A letter that
 * fails on a kept connection is sent once more on a new one, since the server may have dropped the kept
 * one (which spares a NOOP round trip before every letter). Connections idle longer than
 * {@code idleTimeout} are closed, before most servers would drop them.
 * Messages, failures and their texts are those of {@link JavaMailSenderImpl}; with a zero timeout, or a
 * sender that is not a {@link JavaMailSenderImpl}, every letter goes through the sender as before.
 */
final class SmtpConnections implements AutoCloseable {

  private final JavaMailSender sender;
  private final GenericObjectPool<Connection> open;

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
    Address[] recipients;
    try {
      prepare(message);
      recipients = message.getAllRecipients();
    } catch (MessagingException e) {
      throw new MailSendException("Cannot prepare the message: " + e.getMessage(), e);
    }
    Connection connection = borrow();
    try {
      sendOver(connection, message, recipients);
    } catch (MessagingException failed) {
      if (connection.isNew()) {
        throw failedMessages(failed);
      }
      // The server may have dropped the kept connections (restart, its own idle timeout): once more on a new one.
      open.clear();
      try {
        sendOver(borrow(), message, recipients);
      } catch (MessagingException failedAgain) {
        throw failedMessages(failedAgain);
      }
    }
  }

  /** Sends and gives the connection back; a connection a letter failed on, for whatever reason, is closed. */
  private void sendOver(Connection connection, MimeMessage message, Address[] recipients) throws MessagingException {
    try {
      connection.send(message, recipients);
    } catch (MessagingException | RuntimeException e) {
      invalidate(connection);
      throw e;
    }
    open.returnObject(connection);
  }

  private static MailSendException failedMessages(MessagingException e) {
    return new MailSendException("Failed messages: " + e, e);
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

  private Connection borrow() {
    try {
      return open.borrowObject();
    } catch (jakarta.mail.AuthenticationFailedException e) {
      throw new MailAuthenticationException(e);
    } catch (Exception e) {
      throw new MailSendException("Mail server connection failed", e);
    }
  }

  private void invalidate(Connection connection) {
    try {
      open.invalidateObject(connection);
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

  private static GenericObjectPoolConfig<Connection> config(Duration idleTimeout) {
    GenericObjectPoolConfig<Connection> config = new GenericObjectPoolConfig<>();
    config.setMaxTotal(-1); // one per sending thread; the job executor bounds those
    config.setMaxIdle(-1);
    config.setMinEvictableIdleDuration(idleTimeout);
    config.setTimeBetweenEvictionRuns(idleTimeout.dividedBy(2));
    config.setNumTestsPerEvictionRun(-1); // every idle connection on each run
    config.setJmxEnabled(false);
    return config;
  }

  /** An open SMTP connection and how many letters went over it. */
  private static final class Connection {

    private final Transport transport;
    private int letters;

    Connection(Transport transport) {
      this.transport = transport;
    }

    void send(MimeMessage message, Address[] recipients) throws MessagingException {
      letters++;
      transport.sendMessage(message, recipients != null ? recipients : new Address[0]);
    }

    /** Nothing has gone over it before this letter: a failure is the server's answer, not a dropped connection. */
    boolean isNew() {
      return letters <= 1;
    }
  }

  /** Opens and closes connections with the settings and the way {@link JavaMailSenderImpl} connects. */
  private static final class Connector extends BasePooledObjectFactory<Connection> {

    private final JavaMailSenderImpl smtp;

    Connector(JavaMailSenderImpl smtp) {
      this.smtp = smtp;
    }

    @Override
    public Connection create() throws MessagingException {
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
      return new Connection(transport);
    }

    private Transport transport() throws NoSuchProviderException {
      String protocol = smtp.getProtocol();
      if (protocol == null) {
        protocol = smtp.getSession().getProperty("mail.transport.protocol");
      }
      return smtp.getSession().getTransport(protocol == null ? JavaMailSenderImpl.DEFAULT_PROTOCOL : protocol);
    }

    @Override
    public PooledObject<Connection> wrap(Connection connection) {
      return new DefaultPooledObject<>(connection);
    }

    @Override
    public void destroyObject(PooledObject<Connection> connection) throws MessagingException {
      connection.getObject().transport.close();
    }
  }
}

package dk.puljeflow.notification;

import com.icegreen.greenmail.Managers;
import com.icegreen.greenmail.server.AbstractServer;
import com.icegreen.greenmail.server.ProtocolHandler;
import com.icegreen.greenmail.smtp.SmtpServer;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.util.HashMap;
import java.util.Map;

/**
 * GreenMail with Nagle's algorithm switched off on each accepted connection. GreenMail writes a
 * multi-line EHLO reply one line per write; with Nagle on, the last line waits for the client's delayed
 * ACK, about 40 ms per SMTP session, which made every letter cost 45 ms (measured with the benchmark).
 * Public for the benchmark, which runs one outside the application as its mail server.
 */
public class NoDelayGreenMail extends GreenMail {

  public NoDelayGreenMail(ServerSetup setup) {
    super(setup);
  }

  @Override
  protected Map<String, AbstractServer> createServices(ServerSetup[] config, Managers managers) {
    Map<String, AbstractServer> services = new HashMap<>();
    for (ServerSetup setup : config) {
      if (!ServerSetup.PROTOCOL_SMTP.equals(setup.getProtocol())) {
        throw new IllegalArgumentException("The embedded mail server speaks SMTP only, not " + setup.getProtocol());
      }
      services.put(setup.getProtocol(), new NoDelaySmtpServer(setup, managers));
    }
    return services;
  }

  private static final class NoDelaySmtpServer extends SmtpServer {

    NoDelaySmtpServer(ServerSetup setup, Managers managers) {
      super(setup, managers);
    }

    @Override
    protected ProtocolHandler createProtocolHandler(Socket clientSocket) {
      try {
        clientSocket.setTcpNoDelay(true);
      } catch (SocketException e) {
        throw new UncheckedIOException(e);
      }
      return super.createProtocolHandler(clientSocket);
    }
  }
}

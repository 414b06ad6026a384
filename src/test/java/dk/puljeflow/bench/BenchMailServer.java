package dk.puljeflow.bench;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.ServerSetup;
import dk.puljeflow.notification.NoDelayGreenMail;

/**
 * The mail server of an application the bench starts in a child JVM: in the bench's own JVM, as a real
 * deployment's server is outside the application. With the embedded one (test profile) every letter
 * stayed in the application's heap and was counted in its resident memory.
 */
final class BenchMailServer implements AutoCloseable {

  private final NoDelayGreenMail server =
      new NoDelayGreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
  private long letters;

  BenchMailServer() {
    server.start();
  }

  int port() {
    return server.getSmtp().getPort();
  }

  /**
   * Letters received since the start. The server keeps letters in memory, so it lets go of those counted;
   * call it when no job is sending.
   */
  synchronized long letters() throws FolderException {
    letters += server.getReceivedMessages().length;
    server.purgeEmailFromAllMailboxes();
    return letters;
  }

  @Override
  public void close() {
    server.stop();
  }
}

package dk.puljeflow.notification;

/** Sends notices. The one seam between the processes and however mail is delivered. */
public interface Notifier {

  void send(Notice notice);
}

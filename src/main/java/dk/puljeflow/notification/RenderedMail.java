package dk.puljeflow.notification;

/** A letter ready to send; {@code calendar} is an iCalendar invitation to attach, or null. */
record RenderedMail(String subject, String body, String calendar) {}

package dk.puljeflow.notification;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/** The iCalendar (.ics) invitation attached to a midway meeting invitation, so the meeting lands in the calendar. */
final class MeetingInvitation {

  static final Duration LENGTH = Duration.ofHours(2);

  private MeetingInvitation() {}

  /** {@code startsAt} in ISO form with zone, e.g. 2027-03-04T10:00+01:00[Europe/Copenhagen]. */
  static String ics(String applicationNumber, String startsAt, String summary, String description) {
    ZonedDateTime start = ZonedDateTime.parse(startsAt, DateTimeFormatter.ISO_ZONED_DATE_TIME);
    VEvent meeting = new VEvent(start, start.plus(LENGTH), summary);
    meeting.add(new Uid("midway-" + applicationNumber + "-" + UUID.nameUUIDFromBytes(startsAt.getBytes()) + "@puljeflow"));
    meeting.add(new Description(description));
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Puljeflow//Midtvejsmøde//DA"));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new Method("REQUEST"));
    calendar.add(meeting);
    return calendar.toString();
  }
}

package app.tandem.booking.consultation;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The iCalendar invite for a consultation (RFC 5545, iTIP RFC 5546): METHOD REQUEST for a new or
 * moved booking, CANCEL for a cancelled one; the same UID throughout, SEQUENCE counting the changes,
 * and a VTIMEZONE for the practice's zone so calendars show the right local time.
 */
final class InviteCalendar {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();

    /** Who and what the event is about; no clinical content. */
    record Invite(
            String uid,
            int sequence,
            Instant start,
            Instant end,
            ZoneId zone,
            String summary,
            String location,
            String description,
            String organizerName,
            String organizerEmail,
            String attendeeName,
            String attendeeEmail) {}

    private InviteCalendar() {}

    static String request(Invite invite, Instant now) {
        return build(invite, now, false);
    }

    static String cancel(Invite invite, Instant now) {
        return build(invite, now, true);
    }

    private static String build(Invite invite, Instant now, boolean cancel) {
        net.fortuna.ical4j.model.TimeZone zone = ZONES.getTimeZone(invite.zone().getId());
        ZonedDateTime start = invite.start().atZone(invite.zone());
        ZonedDateTime end = invite.end().atZone(invite.zone());
        VEvent event = new VEvent(start, end, invite.summary());
        event.replace(new DtStamp(now));
        event.add(new Uid(invite.uid()));
        event.add(new Sequence(invite.sequence()));
        event.add(cancel ? new Status("CANCELLED") : new Status("CONFIRMED"));
        if (invite.location() != null && !invite.location().isBlank()) {
            event.add(new Location(invite.location()));
        }
        event.add(new Description(invite.description()));
        Organizer organizer = new Organizer(URI.create("mailto:" + invite.organizerEmail()));
        organizer.add(new Cn(invite.organizerName()));
        event.add(organizer);
        Attendee attendee = new Attendee(URI.create("mailto:" + invite.attendeeEmail()));
        attendee.add(new Cn(invite.attendeeName()));
        attendee.add(Role.REQ_PARTICIPANT);
        attendee.add(cancel ? PartStat.DECLINED : PartStat.NEEDS_ACTION);
        attendee.add(new Rsvp(!cancel));
        event.add(attendee);
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Tandem//Consultation booking//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(zone.getVTimeZone());
        calendar.add(event);
        return calendar.toString();
    }
}

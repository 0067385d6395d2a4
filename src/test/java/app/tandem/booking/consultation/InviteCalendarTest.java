package app.tandem.booking.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class InviteCalendarTest {

    private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    private static InviteCalendar.Invite invite(int sequence) {
        return new InviteCalendar.Invite(
                "b1@tandem",
                sequence,
                Instant.parse("2026-12-01T14:00:00Z"),
                Instant.parse("2026-12-01T14:15:00Z"),
                ZoneId.of("America/New_York"),
                "Free consultation with Maya Patel",
                "48 Harbor Lane",
                "Manage: https://example/bookings/manage/x",
                "Harbor Lane Counseling",
                "hello@harborlane.example",
                "Dana Visitor",
                "dana@example.org");
    }

    @Test
    void anInviteIsARequestWithOrganizerAttendeeAndTheZone() {
        String ics = InviteCalendar.request(invite(0), NOW).replace("\r\n ", "");

        assertThat(ics).contains("METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:America/New_York", "UID:b1@tandem");
        assertThat(ics).contains("SEQUENCE:0", "DTSTART;TZID=America/New_York:20261201T090000");
        assertThat(ics).contains("ORGANIZER;CN=Harbor Lane Counseling:mailto:hello@harborlane.example");
        assertThat(ics).containsPattern("ATTENDEE;.*CN=Dana Visitor.*:mailto:dana@example.org");
        assertThat(ics).contains("STATUS:CONFIRMED");
    }

    @Test
    void aCancellationKeepsTheUidWithAHigherSequence() {
        String ics = InviteCalendar.cancel(invite(2), NOW).replace("\r\n ", "");

        assertThat(ics).contains("METHOD:CANCEL", "UID:b1@tandem", "SEQUENCE:2", "STATUS:CANCELLED");
    }
}

package app.tandem.booking.consultation;

import app.tandem.notification.AccountEmail;
import app.tandem.notification.CalendarEmail;
import app.tandem.notification.Notifier;
import app.tandem.practice.PracticeView;
import app.tandem.shared.web.PublicAddress;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Emails to the visitor through the outbox: the invite (and its updates), the cancellation, the
 * reminder and a therapist's proposal. They carry the time, the therapist and the manage link;
 * never the reason or the answer to the safety question.
 */
@Component
class BookingEmails {

    private final Notifier notifier;
    private final PublicAddress address;

    BookingEmails(Notifier notifier, PublicAddress address) {
        this.notifier = notifier;
        this.address = address;
    }

    String manageLink(String token) {
        return address.of("/bookings/manage/" + token);
    }

    void invite(
            PracticeView practice, StoredBooking b, String therapistName, String token, boolean moved, Instant now) {
        String when = When.dayAndTime(b.start(), b.zone());
        String subject = (moved ? "Moved: " : "Booked: ") + "free consultation with " + therapistName + ", " + when;
        String body = """
                Hello %s,

                Your free 15-minute consultation with %s at %s is %s.
                %s

                The invite is attached: open it to add the consultation to your calendar.

                To cancel or choose another time, open this link (it works once):
                %s

                If you are not safe right now, call 911, or call or text 988 (Suicide & Crisis Lifeline).

                %s
                """.formatted(
                        b.name(),
                        therapistName,
                        practice.name(),
                        moved ? "now on " + when : "booked for " + when,
                        practice.phone() == null ? "" : "Questions? Call " + practice.phone() + ".",
                        manageLink(token),
                        practice.name());
        String ics = InviteCalendar.request(invite(practice, b, therapistName, token), now);
        notifier.sendCalendarEmail(
                new CalendarEmail(b.email(), subject, body, "REQUEST", ics), practice.id(), reference(b));
    }

    void cancelled(PracticeView practice, StoredBooking b, String therapistName, String message, Instant now) {
        String when = When.dayAndTime(b.start(), b.zone());
        String body = """
                Hello %s,

                Your free consultation with %s on %s is cancelled.%s

                You are welcome to book another time on %s/p/%s

                %s
                """.formatted(
                b.name(),
                therapistName,
                when,
                message == null || message.isBlank() ? "" : "\n\nA message from " + therapistName + ": " + message,
                address.base(),
                practice.slug(),
                practice.name());
        StoredBooking cancelled = withSequence(b, b.sequence() + 1);
        String ics = InviteCalendar.cancel(invite(practice, cancelled, therapistName, null), now);
        notifier.sendCalendarEmail(
                new CalendarEmail(b.email(), "Cancelled: free consultation, " + when, body, "CANCEL", ics),
                practice.id(),
                reference(b));
    }

    void reminder(PracticeView practice, StoredBooking b, String therapistName) {
        String when = When.dayAndTime(b.start(), b.zone());
        String body = """
                Hello %s,

                A reminder: your free 15-minute consultation with %s at %s is on %s.

                %s
                """.formatted(b.name(), therapistName, practice.name(), when, practice.name());
        notifier.sendAccountEmail(
                new AccountEmail(b.email(), "Reminder: free consultation tomorrow, " + when, body),
                practice.id(),
                reference(b));
    }

    void proposal(PracticeView practice, StoredBooking b, String therapistName, String message, String token) {
        String body = """
                Hello %s,

                %s asks whether another time would suit you for your free consultation (now %s):

                %s

                Choose another time (or cancel) here:
                %s

                %s
                """.formatted(
                        b.name(),
                        therapistName,
                        When.dayAndTime(b.start(), b.zone()),
                        message,
                        manageLink(token),
                        practice.name());
        notifier.sendAccountEmail(
                new AccountEmail(b.email(), "Could we find another time for your consultation?", body),
                practice.id(),
                reference(b));
    }

    private InviteCalendar.Invite invite(PracticeView practice, StoredBooking b, String therapistName, String token) {
        return new InviteCalendar.Invite(
                b.uid(),
                b.sequence(),
                b.start(),
                b.end(),
                practice.zone(),
                "Free consultation with " + therapistName + " (" + practice.name() + ")",
                practice.address(),
                token == null ? practice.name() : "To cancel or move it: " + manageLink(token),
                practice.name(),
                practice.email() == null ? "no-reply@tandem.local" : practice.email(),
                b.name(),
                b.email());
    }

    private static StoredBooking withSequence(StoredBooking b, int sequence) {
        return new StoredBooking(
                b.id(),
                b.practice(),
                b.therapist(),
                b.start(),
                b.end(),
                b.visitorZone(),
                b.status(),
                b.name(),
                b.email(),
                b.phone(),
                b.contactBy(),
                b.reason(),
                b.safetyConcern(),
                b.alertId(),
                sequence,
                b.therapistMessage(),
                b.createdAt());
    }

    static String reference(StoredBooking b) {
        return "booking:" + b.id();
    }
}

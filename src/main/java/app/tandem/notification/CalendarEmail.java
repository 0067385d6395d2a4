package app.tandem.notification;

import java.util.Objects;

/**
 * An email with one iCalendar part (RFC 5545/6047), e.g. a consultation invite ({@code REQUEST}) or
 * its cancellation ({@code CANCEL}). Its text must not contain clinical content.
 */
public record CalendarEmail(String to, String subject, String body, String method, String calendar) {

    public CalendarEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(calendar, "calendar");
    }
}

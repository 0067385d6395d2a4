package app.tandem.safety.alert;

import app.tandem.practice.PracticeView;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Calm, plain words for the client about when their care team will be in touch. */
@Component
class ContactExpectations {

    private final MessageSource messages;

    ContactExpectations(MessageSource messages) {
        this.messages = messages;
    }

    String at(PracticeView practice, Instant now) {
        BusinessHours hours = EscalationPolicies.hoursOf(practice);
        var locale = practice.asLocale();
        if (hours.isOpen(now)) {
            return messages.getMessage("alert.contact.open", null, locale);
        }
        ZonedDateTime opens = hours.nextOpening(now);
        String time = opens.toLocalTime()
                .format(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale));
        LocalDate today = now.atZone(practice.zone()).toLocalDate();
        String key;
        if (opens.toLocalDate().equals(today)) {
            key = "alert.contact.closed.today";
        } else if (opens.toLocalDate().equals(today.plusDays(1))) {
            key = "alert.contact.closed.tomorrow";
        } else {
            key = "alert.contact.closed.day";
        }
        String day = opens.getDayOfWeek().getDisplayName(TextStyle.FULL, locale);
        return messages.getMessage(key, new Object[] {time, day}, locale);
    }
}

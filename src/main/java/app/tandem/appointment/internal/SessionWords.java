package app.tandem.appointment.internal;

import app.tandem.appointment.schedule.Session;
import app.tandem.practice.Practices;
import app.tandem.shared.PracticeId;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Sessions in words for the workspace (needs, brief, timeline), in the request's locale and the practice's zone. */
@Component
class SessionWords {

    private final MessageSource messages;
    private final Practices practices;

    SessionWords(MessageSource messages, Practices practices) {
        this.messages = messages;
        this.practices = practices;
    }

    /** A cache of practice zones for one call over many clients (a caseload is one practice, seldom more). */
    Map<PracticeId, ZoneId> zones() {
        return new ConcurrentHashMap<>();
    }

    ZoneId zone(Map<PracticeId, ZoneId> cache, PracticeId practice) {
        return cache.computeIfAbsent(practice, p -> practices.get(p).zone());
    }

    /** "Mon 3 Nov, 14:00" in the practice's zone. */
    String when(Session s, ZoneId zone) {
        Locale locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", locale)
                .format(s.startsAt().atZone(zone));
    }

    /** "14:00" in the practice's zone. */
    String time(Session s, ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm").format(s.startsAt().atZone(zone));
    }

    String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** "Attended: Mon 3 Nov, 14:00 (50 min, in person)". */
    String summary(Session s, ZoneId zone) {
        return message(
                "appointment.words.summary",
                message("appointment.status." + s.status()),
                when(s, zone),
                s.minutes(),
                message("appointment.modality." + s.modality()));
    }

    static String clientLink(Session s, String anchor) {
        return "/therapist/clients/" + s.client().value() + "#" + anchor;
    }
}

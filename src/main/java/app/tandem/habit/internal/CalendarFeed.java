package app.tandem.habit.internal;

import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.shared.UserId;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's habits as an iCalendar feed (RFC 5545): one recurring 15-minute event per habit and time of day, with
 * an RRULE for its cadence and the client's VTIMEZONE, so Google, Apple and Outlook show 08:00 local on both sides of
 * a clock change. Reached only with the secret token, whose SHA-256 alone is stored.
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeed {

    private static final TimeZoneRegistry ZONES =
            TimeZoneRegistryFactory.getInstance().createRegistry();
    private static final Duration LENGTH = Duration.ofMinutes(15);

    private final ReminderRepository settings;
    private final HabitRepository habits;
    private final People people;

    CalendarFeed(ReminderRepository settings, HabitRepository habits, People people) {
        this.settings = settings;
        this.habits = habits;
        this.people = people;
    }

    /** The feed for this token, or empty when no client has it (never issued, rotated or revoked). */
    public Optional<String> forToken(String token, Instant now) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            return Optional.empty();
        }
        return settings.clientByFeedTokenHash(HabitService.hash(token)).map(client -> build(client, now));
    }

    private String build(UserId clientId, Instant now) {
        Person client = people.get(clientId);
        ZoneId zone = client.zone();
        Calendar calendar = new Calendar();
        calendar.add(new net.fortuna.ical4j.model.property.ProdId("-//Tandem//Habits//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ZONES.getTimeZone(zone.getId()).getVTimeZone());
        for (Habit h : habits.activeForClient(clientId)) {
            for (LocalTime time : h.times()) {
                calendar.add(event(h, time, zone, now));
            }
        }
        return calendar.toString();
    }

    private static VEvent event(Habit h, LocalTime time, ZoneId zone, Instant now) {
        ZonedDateTime start = h.schedule(zone).at(firstDay(h), time);
        VEvent event = new VEvent(start, start.plus(LENGTH), h.title());
        event.replace(new DtStamp(now));
        event.add(new Uid(h.id() + "-" + time.toString().replace(":", "") + "@tandem"));
        event.add(new RRule<ZonedDateTime>(new Recur<ZonedDateTime>(rule(h, zone, time))));
        return event;
    }

    private static LocalDate firstDay(Habit h) {
        LocalDate day = h.startsOn();
        if (h.cadence() == app.tandem.habit.schedule.Cadence.WEEKDAYS) {
            while (!h.weekdays().contains(day.getDayOfWeek())) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    /** RRULE text; N times a week has no fixed days, so it shows daily and the client picks. */
    static String rule(Habit h, ZoneId zone, LocalTime time) {
        String rule = switch (h.cadence()) {
            case DAILY, TIMES_PER_WEEK -> "FREQ=DAILY";
            case EVERY_N_DAYS -> "FREQ=DAILY;INTERVAL=" + h.interval();
            case WEEKDAYS ->
                "FREQ=WEEKLY;BYDAY="
                        + h.weekdays().stream().sorted().map(CalendarFeed::day).collect(Collectors.joining(","));
        };
        if (h.dueOn() != null) {
            // UNTIL in UTC, as RFC 5545 requires when DTSTART has a time zone
            String until = h.dueOn()
                    .atTime(time)
                    .atZone(zone)
                    .toInstant()
                    .toString()
                    .replace("-", "")
                    .replace(":", "");
            rule += ";UNTIL=" + until.substring(0, 15) + "Z";
        }
        return rule;
    }

    private static String day(DayOfWeek d) {
        return d.name().substring(0, 2);
    }

    static List<String> ruleList(Habit h, ZoneId zone) {
        return h.times().stream().map(t -> rule(h, zone, t)).toList();
    }
}

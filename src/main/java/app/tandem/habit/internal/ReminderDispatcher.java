package app.tandem.habit.internal;

import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.notification.Channels;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fires one reminder occurrence: claims it with a row whose unique key is (habit, due), so it is delivered once even
 * if two nodes ran it, skips it when the day is already done or the habit paused, otherwise writes the in-app
 * notification (and the content-free email, when chosen) through the outbox in the same transaction; then plans the
 * next occurrence.
 */
@Service
public class ReminderDispatcher {

    public static final String LINK = "/client/habits";
    private static final Logger log = LoggerFactory.getLogger(ReminderDispatcher.class);

    private final HabitRepository habits;
    private final CompletionRepository completions;
    private final ReminderRepository reminders;
    private final HabitReminderTimers timers;
    private final Notifier notifier;
    private final People people;
    private final Clock clock;
    private final TransactionTemplate transaction;

    ReminderDispatcher(
            HabitRepository habits,
            CompletionRepository completions,
            ReminderRepository reminders,
            HabitReminderTimers timers,
            Notifier notifier,
            People people,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.habits = habits;
        this.completions = completions;
        this.reminders = reminders;
        this.timers = timers;
        this.notifier = notifier;
        this.people = people;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** The result of one firing, for logs and tests. */
    public enum Outcome {
        DELIVERED,
        SKIPPED_DONE,
        SKIPPED_PAUSED,
        STALE,
        ALREADY_FIRED
    }

    Outcome fire(HabitReminderTimers.Due due) {
        try {
            return transaction.execute(s -> fireOnce(due));
        } catch (DuplicateKeyException already) {
            log.info("Reminder {} already fired elsewhere", due.id());
            return Outcome.ALREADY_FIRED;
        }
    }

    private Outcome fireOnce(HabitReminderTimers.Due due) {
        Optional<Habit> found = habits.find(due.habit());
        if (found.isEmpty() || found.get().version() != due.version()) {
            return Outcome.STALE;
        }
        Habit habit = found.get();
        Person client = people.get(habit.client());
        ZoneId zone = client.zone();
        LocalDate day = due.due().atZone(zone).toLocalDate();
        Instant now = clock.instant();
        Outcome outcome;
        if (!habit.isActiveOn(day)) {
            outcome = Outcome.SKIPPED_PAUSED;
        } else if (completions.on(habit.id(), day).isPresent()) {
            outcome = Outcome.SKIPPED_DONE;
        } else {
            outcome = Outcome.DELIVERED;
        }
        UUID id = UUID.randomUUID();
        reminders.insert(id, habit.practice(), habit.client(), habit.id(), due.due(), now, outcome.name());
        if (outcome == Outcome.DELIVERED) {
            deliver(habit, id);
        }
        timers.planNext(habit, zone, due.due());
        log.info("Reminder {} for habit {}: {}", id, habit.id(), outcome);
        return outcome;
    }

    /** Fires a snoozed occurrence again unless the day has been done meanwhile. */
    Outcome fireSnoozed(UUID occurrence, Instant until) {
        return transaction.execute(s -> {
            ReminderRepository.Occurrence o = reminders.find(occurrence).orElse(null);
            if (o == null) {
                return Outcome.STALE;
            }
            Habit habit = habits.find(o.habitId()).orElseThrow();
            LocalDate day = until.atZone(people.get(habit.client()).zone()).toLocalDate();
            if (!habit.isActiveOn(day)) {
                return Outcome.SKIPPED_PAUSED;
            }
            if (completions.on(habit.id(), day).isPresent()) {
                return Outcome.SKIPPED_DONE;
            }
            if (!reminders.deliverSnoozed(occurrence, until)) {
                return Outcome.ALREADY_FIRED;
            }
            deliver(habit, occurrence);
            return Outcome.DELIVERED;
        });
    }

    /** Snoozes a delivered reminder by 15 minutes, an hour, or to the same time tomorrow. */
    public Instant snooze(app.tandem.shared.CurrentUser client, UUID occurrence, String choice) {
        return transaction.execute(s -> {
            ReminderRepository.Occurrence o = reminders
                    .find(occurrence)
                    .filter(r -> r.client().equals(client.id()))
                    .orElseThrow(() -> HabitNotFoundException.of(occurrence));
            Instant now = clock.instant();
            Instant until = switch (choice) {
                case "15m" -> now.plus(Duration.ofMinutes(15));
                case "1h" -> now.plus(Duration.ofHours(1));
                case "tomorrow" -> now.atZone(client.zone()).plusDays(1).toInstant();
                default -> throw InvalidHabitException.of("snooze", "habit.error.snooze");
            };
            until = until.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            reminders.snooze(o.id(), until);
            timers.snooze(o.id(), until);
            return until;
        });
    }

    private void deliver(Habit habit, UUID occurrence) {
        // the text is fixed per kind ("You have a reminder from <practice>") and never names the habit; in the app
        // always, by email and on the client's phones as the habit chose
        notifier.notifyUser(
                habit.client(),
                NotificationKind.REMINDER,
                LINK + "?reminder=" + occurrence,
                "habit-reminder:" + occurrence,
                new Channels(habit.remindEmail(), habit.remindPush()));
    }
}

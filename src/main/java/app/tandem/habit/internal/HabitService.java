package app.tandem.habit.internal;

import app.tandem.audit.AuditTrail;
import app.tandem.habit.schedule.Cadence;
import app.tandem.habit.schedule.DayMark;
import app.tandem.habit.schedule.HabitSchedule;
import app.tandem.identity.CareAccess;
import app.tandem.identity.Person;
import app.tandem.safety.SafetyNet;
import app.tandem.safety.SafetyOutcome;
import app.tandem.safety.SignalSource;
import app.tandem.screening.RiskLevel;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates, edits and pauses habits, assigns homework, and records a day's outcome once per submission key: checked,
 * screened through the {@link SafetyNet} in the same transaction, encrypted, audited. Each change (re)plans the next
 * reminder.
 */
@Service
public class HabitService {

    public static final String NOTE_SIGNAL = "habit-note";
    public static final String TITLE_SIGNAL = "habit-title";
    static final String AUDIT = "habit";
    private static final Logger log = LoggerFactory.getLogger(HabitService.class);

    private final HabitRepository habits;
    private final CompletionRepository completions;
    private final HabitReminderTimers timers;
    private final CareAccess care;
    private final AuditTrail audit;
    private final SafetyNet safety;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final ReminderRepository settings;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    HabitService(
            ReminderRepository settings,
            HabitRepository habits,
            CompletionRepository completions,
            HabitReminderTimers timers,
            CareAccess care,
            AuditTrail audit,
            SafetyNet safety,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.settings = settings;
        this.habits = habits;
        this.completions = completions;
        this.timers = timers;
        this.care = care;
        this.audit = audit;
        this.safety = safety;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** What a completion submit led to, and whether it was a repeat of an earlier submit. */
    public record Recorded(Completion completion, SafetyOutcome safety, boolean repeated) {}

    /** A client's own habit. */
    public Habit create(CurrentUser client, HabitDraft draft) {
        if (!client.isClient()) {
            throw new AccessDeniedException("Only clients create their own habits");
        }
        return transaction.execute(s -> {
            Person person = care.requireClinicalAccess(client, client.id());
            return insert(person, client.id(), Habit.Kind.HABIT, draft);
        });
    }

    /** Homework a therapist assigns to a client in their care. */
    public Habit assignHomework(CurrentUser therapist, UserId clientId, HabitDraft draft) {
        if (!therapist.isTherapist()) {
            throw new AccessDeniedException("Only therapists assign homework");
        }
        return transaction.execute(s -> {
            Person client = care.requireClinicalAccess(therapist, clientId);
            if (draft.homeworkType() == null) {
                throw InvalidHabitException.of("homeworkType", "habit.error.homeworkType");
            }
            return insert(client, therapist.id(), Habit.Kind.HOMEWORK, draft);
        });
    }

    private Habit insert(Person client, UserId author, Habit.Kind kind, HabitDraft draft) {
        Instant now = clock.instant();
        Habit habit = build(UUID.randomUUID(), client, author, kind, draft, now);
        habits.insert(habit, now);
        if (kind == Habit.Kind.HABIT) {
            screenTitle(client, habit);
        }
        audit.write(client.practiceId(), client.id(), AUDIT);
        timers.planNext(habit, client.zone(), now);
        log.info("Habit {} created ({}, {})", habit.id(), kind, habit.cadence());
        return habit;
    }

    public Habit update(CurrentUser client, UUID id, HabitDraft draft) {
        return transaction.execute(s -> {
            Habit old = own(client, id);
            Person person = care.requireClinicalAccess(client, client.id());
            Instant now = clock.instant();
            Habit changed = build(id, person, old.createdBy(), old.kind(), draft, now);
            habits.update(changed, now);
            if (!changed.isHomework()) {
                screenTitle(person, changed);
            }
            audit.write(person.practiceId(), person.id(), AUDIT);
            Habit stored = habits.find(id).orElseThrow();
            timers.planNext(stored, person.zone(), now);
            return stored;
        });
    }

    public void setPaused(CurrentUser client, UUID id, boolean paused) {
        transaction.executeWithoutResult(s -> {
            Habit habit = own(client, id);
            Instant now = clock.instant();
            habits.setPaused(habit.id(), paused, now);
            if (!paused) {
                timers.planNext(habits.find(id).orElseThrow(), client.zone(), now);
            }
            log.info("Habit {} {}", id, paused ? "paused" : "resumed");
        });
    }

    /**
     * Records today's outcome of a habit (or marks homework done) once per {@code submissionKey}.
     *
     * @throws IdempotencyConflictException when the key already saved a different outcome
     */
    public Recorded complete(CurrentUser client, UUID habitId, DayMark outcome, String note, String submissionKey) {
        if (outcome != DayMark.DONE && outcome != DayMark.SKIPPED) {
            throw InvalidHabitException.of("outcome", "habit.error.outcome");
        }
        String cleaned = note == null || note.isBlank() ? null : note.strip();
        if (cleaned != null && cleaned.length() > 1000) {
            throw InvalidHabitException.of("note", "habit.error.note");
        }
        String hash = hash(habitId + "\u0000" + outcome + "\u0000" + cleaned);
        try {
            return transaction.execute(s -> save(client, habitId, outcome, cleaned, submissionKey, hash));
        } catch (DuplicateKeyException repeat) {
            Map.Entry<Completion, String> first = transaction
                    .execute(s -> completions.findBySubmission(client.id(), submissionKey))
                    .orElseThrow(() -> InvalidHabitException.of("outcome", "habit.error.already"));
            if (!first.getValue().equals(hash)) {
                throw IdempotencyConflictException.forCompletion(first.getKey().id());
            }
            return new Recorded(first.getKey(), SafetyOutcome.NONE, true);
        }
    }

    private Recorded save(CurrentUser user, UUID habitId, DayMark outcome, String note, String key, String hash) {
        Habit habit = own(user, habitId);
        Person client = care.requireClinicalAccess(user, user.id());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        LocalDate today = now.atZone(client.zone()).toLocalDate();
        Completion c = new Completion(UUID.randomUUID(), habitId, today, outcome, note, RiskLevel.NONE, now);
        completions.insert(client.practiceId(), client.id(), c, key, hash);
        if (habit.isHomework() && outcome == DayMark.DONE && habit.dueOn() != null) {
            habits.finish(habitId, now);
        }
        SafetyOutcome screened = SafetyOutcome.NONE;
        if (note != null) {
            screened = safety.screenText(
                    client.id(),
                    client.practiceId(),
                    new SignalSource(NOTE_SIGNAL, c.id().toString(), "Habit", false),
                    note);
            if (screened.level() != RiskLevel.NONE) {
                completions.updateSafetyLevel(c.id(), screened.level());
            }
        }
        audit.write(client.practiceId(), client.id(), AUDIT);
        log.info("Habit {} marked {} for {}", habitId, outcome, today);
        return new Recorded(c, screened, false);
    }

    private void screenTitle(Person client, Habit habit) {
        String text = habit.instructions() == null ? habit.title() : habit.title() + "\n" + habit.instructions();
        safety.screenText(
                client.id(),
                client.practiceId(),
                new SignalSource(TITLE_SIGNAL, habit.id().toString(), "Habit", false),
                text);
    }

    Habit own(CurrentUser client, UUID id) {
        return habits.find(id)
                .filter(h -> h.client().equals(client.id()))
                .orElseThrow(() -> HabitNotFoundException.of(id));
    }

    private Habit build(UUID id, Person client, UserId author, Habit.Kind kind, HabitDraft d, Instant now) {
        if (d.title() == null || d.title().isBlank() || d.title().strip().length() > 120) {
            throw InvalidHabitException.of("title", "habit.error.title");
        }
        if (d.instructions() != null && d.instructions().length() > 2000) {
            throw InvalidHabitException.of("instructions", "habit.error.instructions");
        }
        LocalDate today = now.atZone(client.zone()).toLocalDate();
        Cadence cadence = d.cadence() == null ? Cadence.DAILY : d.cadence();
        int interval = d.interval() == null ? 1 : d.interval();
        LocalDate starts = d.startsOn() == null ? today : d.startsOn();
        try {
            new HabitSchedule(cadence, d.weekdays(), interval, d.times(), starts, client.zone());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw InvalidHabitException.of("times", "habit.error.schedule");
        }
        return new Habit(
                id,
                client.practiceId(),
                client.id(),
                author,
                kind,
                kind == Habit.Kind.HOMEWORK ? d.homeworkType() : null,
                d.title().strip(),
                d.instructions() == null || d.instructions().isBlank()
                        ? null
                        : d.instructions().strip(),
                cadence,
                d.weekdays(),
                cadence == Cadence.EVERY_N_DAYS || cadence == Cadence.TIMES_PER_WEEK ? interval : 1,
                d.times().stream().distinct().sorted().toList(),
                starts,
                d.dueOn(),
                d.remindEmail(),
                d.remindPush(),
                false,
                null,
                0);
    }

    static String hash(String canonical) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Saves the client's quiet hours; reminders already planned keep their time, later ones follow. */
    public void saveQuietHours(CurrentUser client, app.tandem.habit.schedule.QuietHours quiet) {
        transaction.executeWithoutResult(s -> settings.saveQuietHours(client.practiceId(), client.id(), quiet));
    }

    /** A new secret calendar feed token (the old one stops working); only its SHA-256 is stored. */
    public String rotateFeed(CurrentUser client) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        transaction.executeWithoutResult(
                s -> settings.saveFeedTokenHash(client.practiceId(), client.id(), hash(token)));
        log.info("Calendar feed token rotated for {}", client.id());
        return token;
    }

    public void revokeFeed(CurrentUser client) {
        transaction.executeWithoutResult(s -> settings.saveFeedTokenHash(client.practiceId(), client.id(), null));
    }

    /** The outcome marks of a habit since a day, for progress. */
    Map<LocalDate, DayMark> marksSince(UUID habit, LocalDate from) {
        Map<LocalDate, DayMark> marks = new java.util.HashMap<>();
        for (Completion c : completions.since(habit, from)) {
            marks.put(c.day(), c.outcome());
        }
        return marks;
    }

    List<Habit> all(UserId client) {
        return habits.forClient(client);
    }
}

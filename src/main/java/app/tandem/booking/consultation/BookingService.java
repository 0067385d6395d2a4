package app.tandem.booking.consultation;

import app.tandem.booking.BookingReceipt;
import app.tandem.booking.BookingRequest;
import app.tandem.booking.slot.Slot;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.notification.NotificationKind;
import app.tandem.notification.Notifier;
import app.tandem.practice.PracticeView;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Booking a consultation, and what visitors and therapists do with it afterwards. The write of a
 * booking relies on the database's unique key on (therapist, slot start): of many requests for one
 * slot, on any number of nodes, exactly one commits; the others get {@link SlotTakenException} with
 * the nearest free slots. Logs ids and outcomes, never the visitor's words.
 */
@Service
public class BookingService {

    static final int MAX_BOOKINGS_PER_EMAIL_PER_DAY = 3;
    private static final Logger log = LoggerFactory.getLogger(BookingService.class);

    private final BookingRepository repository;
    private final AvailabilityService availability;
    private final BookingChecks checks;
    private final ProspectAlerts prospects;
    private final BookingEmails emails;
    private final ReminderTimers reminders;
    private final Notifier notifier;
    private final Practices practices;
    private final People people;
    private final TransactionTemplate transactions;
    private final Clock clock;

    BookingService(
            BookingRepository repository,
            AvailabilityService availability,
            BookingChecks checks,
            ProspectAlerts prospects,
            BookingEmails emails,
            ReminderTimers reminders,
            Notifier notifier,
            Practices practices,
            People people,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.repository = repository;
        this.availability = availability;
        this.checks = checks;
        this.prospects = prospects;
        this.emails = emails;
        this.reminders = reminders;
        this.notifier = notifier;
        this.practices = practices;
        this.people = people;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Books a slot; replays the first answer for a repeated idempotency key (without the secret link). */
    public BookingReceipt book(
            PracticeView practice, BookingRequest request, String idempotencyKey, String remoteAddr) {
        checks.check(request, idempotencyKey);
        Optional<BookingReceipt> replay = replay(practice.id(), idempotencyKey);
        if (replay.isPresent()) {
            return replay.get();
        }
        checks.throttle(remoteAddr, request.email());
        Instant now = clock.instant();
        UserId therapist = availability
                .therapistFreeAt(practice.id(), request.therapist(), request.start(), now)
                .orElseThrow(() -> taken(practice.id(), request.therapist(), request.start()));
        UUID id = UUID.randomUUID();
        String token = Hashes.newToken();
        try {
            return transactions.execute(tx -> {
                repository.insert(new NewBooking(
                        id, practice.id(), therapist, request, Hashes.sha256(token), idempotencyKey, remoteAddr, now));
                StoredBooking booking = repository.find(id).orElseThrow();
                String therapistName = nameOf(therapist);
                ProspectAlerts.Result safety = prospects.screen(
                        id, practice.id(), therapist, request, When.dayAndTime(request.start(), practice.zone()));
                if (safety.prospect() != null) {
                    repository.linkAlert(
                            id, safety.prospect().value(), safety.outcome().alertId());
                }
                emails.invite(practice, booking, therapistName, token, false, now);
                notifier.notifyUser(therapist, NotificationKind.BOOKING_REQUESTED, "/therapist/bookings");
                reminders.schedule(id, 0, request.start(), now);
                log.info(
                        "Booking {} made for therapist {} (safety alert: {})",
                        id,
                        therapist,
                        safety.outcome().alertId());
                boolean crisis = request.safetyConcern() || safety.outcome().showCrisisCard();
                return receipt(booking, therapistName, token, crisis, false);
            });
        } catch (DuplicateKeyException | ConcurrencyFailureException | QueryTimeoutException e) {
            // PostgreSQL reports the unique key; H2 may report the same conflict as a concurrent update
            Optional<BookingReceipt> raced = replay(practice.id(), idempotencyKey);
            if (raced.isPresent()) {
                return raced.get();
            }
            log.info("Slot {} of therapist {} was just taken", request.start(), therapist);
            throw taken(practice.id(), request.therapist(), request.start());
        }
    }

    /** The booking behind a manage link, or {@link BookingRefusedException#linkNotValid()}. */
    public ManagedBooking managed(String token) {
        StoredBooking b = byToken(token);
        PracticeView practice = practices.get(b.practice());
        return new ManagedBooking(
                b.id(),
                practice.slug(),
                practice.name(),
                b.therapist(),
                nameOf(b.therapist()),
                b.start(),
                b.zone(),
                b.active(),
                b.therapistMessage());
    }

    public PracticeId practiceOf(UUID booking) {
        return repository.find(booking).map(StoredBooking::practice).orElseThrow(BookingRefusedException::notFound);
    }

    /** Cancels from the visitor's link; the link then stops working. */
    public void cancelByVisitor(String token) {
        UUID id = byToken(token).id();
        transactions.executeWithoutResult(tx -> cancel(repository.lock(id).orElseThrow(), null));
    }

    /** Moves the booking from the visitor's link; returns the new receipt with a new link. */
    public BookingReceipt rescheduleByVisitor(String token, Instant start) {
        StoredBooking current = byToken(token);
        if (!current.active()) {
            throw BookingRefusedException.linkNotValid();
        }
        Instant now = clock.instant();
        PracticeView practice = practices.get(current.practice());
        if (availability
                .therapistFreeAt(current.practice(), current.therapist(), start, now)
                .isEmpty()) {
            throw taken(current.practice(), current.therapist(), start);
        }
        String newToken = Hashes.newToken();
        try {
            return transactions.execute(tx -> {
                StoredBooking locked = repository.lock(current.id()).orElseThrow();
                repository.moveTo(locked.id(), start, Hashes.sha256(newToken), now);
                StoredBooking moved = repository.find(locked.id()).orElseThrow();
                String therapistName = nameOf(moved.therapist());
                emails.invite(practice, moved, therapistName, newToken, true, now);
                notifier.notifyUser(moved.therapist(), NotificationKind.BOOKING_REQUESTED, "/therapist/bookings");
                reminders.schedule(moved.id(), moved.sequence(), start, now);
                log.info("Booking {} moved (sequence {})", moved.id(), moved.sequence());
                return receipt(moved, therapistName, newToken, false, false);
            });
        } catch (DuplicateKeyException | ConcurrencyFailureException | QueryTimeoutException e) {
            throw taken(current.practice(), current.therapist(), start);
        }
    }

    /** The therapist's upcoming consultations, soonest first (contact details and reason included: in-app only). */
    public List<TherapistBooking> upcomingFor(CurrentUser therapist) {
        return transactions.execute(tx -> repository.upcomingFor(therapist.id(), clock.instant()).stream()
                .map(b -> new TherapistBooking(
                        b.id(),
                        When.dayAndTime(b.start(), therapist.zone()),
                        b.status().name(),
                        b.name(),
                        b.email(),
                        b.phone(),
                        b.contactBy().name(),
                        b.reason(),
                        b.safetyConcern(),
                        b.alertId()))
                .toList());
    }

    public void confirmByTherapist(CurrentUser therapist, UUID id, String message) {
        transactions.executeWithoutResult(tx -> {
            StoredBooking b = ownBooking(therapist, id);
            repository.confirm(b.id(), message, clock.instant());
            log.info("Booking {} confirmed by therapist {}", b.id(), therapist.id());
        });
    }

    public void cancelByTherapist(CurrentUser therapist, UUID id, String message) {
        transactions.executeWithoutResult(tx -> cancel(ownBooking(therapist, id), message));
    }

    /** Asks the visitor to pick another time: an email with the message and a fresh manage link. */
    public void proposeOtherTime(CurrentUser therapist, UUID id, String message) {
        transactions.executeWithoutResult(tx -> {
            StoredBooking b = ownBooking(therapist, id);
            String token = Hashes.newToken();
            repository.newToken(b.id(), Hashes.sha256(token), message, clock.instant());
            emails.proposal(practices.get(b.practice()), b, nameOf(b.therapist()), message, token);
            log.info("Booking {}: therapist {} proposed another time", b.id(), therapist.id());
        });
    }

    /** The visitor's name and email, to pre-fill an invitation to become a client. */
    public TherapistBooking forInvitation(CurrentUser therapist, UUID id) {
        return upcomingFor(therapist).stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow(BookingRefusedException::notFound);
    }

    private StoredBooking ownBooking(CurrentUser therapist, UUID id) {
        return repository
                .lock(id)
                .filter(b ->
                        b.therapist().equals(therapist.id()) && b.practice().equals(therapist.practiceId()))
                .filter(StoredBooking::active)
                .orElseThrow(BookingRefusedException::notFound);
    }

    /** A booking as its therapist sees it in the app. */
    public record TherapistBooking(
            UUID id,
            String when,
            String status,
            String name,
            String email,
            String phone,
            String contactBy,
            String reason,
            boolean safetyConcern,
            UUID alertId) {}

    /** Sends the 24-hour reminder unless the booking was cancelled or moved since it was scheduled. */
    public void remind(ReminderTimers.Due due) {
        transactions.executeWithoutResult(tx -> repository
                .find(due.booking())
                .filter(b -> b.active() && b.sequence() == due.sequence())
                .ifPresent(b -> emails.reminder(practices.get(b.practice()), b, nameOf(b.therapist()))));
    }

    void cancel(StoredBooking booking, String message) {
        if (!booking.active()) {
            return;
        }
        Instant now = clock.instant();
        repository.cancel(booking.id(), Hashes.sha256(Hashes.newToken()), message, now);
        emails.cancelled(practices.get(booking.practice()), booking, nameOf(booking.therapist()), message, now);
        log.info("Booking {} cancelled", booking.id());
    }

    List<Slot> nearestFree(PracticeId practice, UserId therapist, Instant around) {
        Instant now = clock.instant();
        List<Slot> free = new ArrayList<>(availability.free(
                practice, therapist, around.minus(Duration.ofDays(3)), around.plus(Duration.ofDays(7)), now));
        free.sort(Comparator.comparing(s -> Duration.between(around, s.start()).abs()));
        return free.stream().limit(5).sorted(Comparator.comparing(Slot::start)).toList();
    }

    private SlotTakenException taken(PracticeId practice, UserId therapist, Instant start) {
        // the winner may not have committed yet: never offer the slot that was just refused
        return SlotTakenException.withNearest(nearestFree(practice, therapist, start).stream()
                .filter(s -> !s.start().equals(start))
                .toList());
    }

    private Optional<BookingReceipt> replay(PracticeId practice, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return repository
                .idByIdempotencyKey(practice, key)
                .flatMap(repository::find)
                .map(b -> receipt(b, nameOf(b.therapist()), null, b.safetyConcern(), true));
    }

    private StoredBooking byToken(String token) {
        if (token == null || token.length() > 100) {
            throw BookingRefusedException.linkNotValid();
        }
        return repository
                .idByToken(Hashes.sha256(token))
                .flatMap(repository::find)
                .filter(StoredBooking::active)
                .orElseThrow(BookingRefusedException::linkNotValid);
    }

    String nameOf(UserId therapist) {
        return people.find(therapist).map(Person::displayName).orElse("your therapist");
    }

    private static BookingReceipt receipt(
            StoredBooking b, String therapistName, String token, boolean crisis, boolean replayed) {
        return new BookingReceipt(b.id(), b.start(), b.end(), b.visitorZone(), therapistName, token, crisis, replayed);
    }

    /** What the manage page shows. */
    public record ManagedBooking(
            UUID id,
            String practiceSlug,
            String practiceName,
            UserId therapist,
            String therapistName,
            Instant start,
            ZoneId zone,
            boolean active,
            String therapistMessage) {

        public String when() {
            return When.dayAndTime(start, zone);
        }
    }
}

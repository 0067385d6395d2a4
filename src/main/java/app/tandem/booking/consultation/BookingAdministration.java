package app.tandem.booking.consultation;

import app.tandem.booking.PracticePage;
import app.tandem.booking.WeeklyHours;
import app.tandem.booking.slot.BookingRules;
import app.tandem.booking.slot.DateException;
import app.tandem.identity.People;
import app.tandem.identity.Person;
import app.tandem.practice.Practices;
import app.tandem.shared.CurrentUser;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff change from the web: the admin edits the public page and therapists' profiles; a therapist
 * (or an admin, for any therapist of the practice) sets consultation hours, rules and exceptions.
 * Someone outside the practice, or a therapist editing a colleague, is answered "not found".
 */
@Service
public class BookingAdministration {

    private static final Logger log = LoggerFactory.getLogger(BookingAdministration.class);
    private static final BookingRules NEW_THERAPIST_RULES = BookingRules.of(0, 12, 30);

    private final BookingRepository repository;
    private final People people;
    private final Practices practices;
    private final Clock clock;

    BookingAdministration(BookingRepository repository, People people, Practices practices, Clock clock) {
        this.repository = repository;
        this.people = people;
        this.practices = practices;
        this.clock = clock;
    }

    /** A therapist's public profile text. */
    public record Profile(String approach, String languages, String seesPeopleFor) {}

    /** A therapist of the practice as the admin page lists them. */
    public record TherapistLine(UserId id, String name, boolean takesBookings, int weeklyRanges) {}

    /** A therapist's consultation hours, rules and coming exceptions; times in {@code zone}. */
    public record Schedule(
            String therapistName,
            ZoneId zone,
            List<WeeklyHours> weekly,
            BookingRules rules,
            boolean accepts,
            List<ExceptionLine> exceptions) {}

    @Transactional(readOnly = true)
    public PracticePage page(PracticeId practice) {
        return repository.page(practice).orElse(PracticePage.empty());
    }

    @Transactional
    public void savePage(CurrentUser admin, PracticePage page) {
        requireAdmin(admin);
        repository.savePage(admin.practiceId(), page, clock.instant());
        log.info(
                "Public page of practice {} saved by {} (booking open: {})",
                admin.practiceId(),
                admin.id(),
                page.bookingOpen());
    }

    @Transactional(readOnly = true)
    public List<TherapistLine> therapists(CurrentUser admin) {
        requireAdmin(admin);
        return people.therapists(admin.practiceId()).stream()
                .filter(Person::enabled)
                .map(p -> {
                    Optional<TherapistRow> row = repository.therapist(p.id());
                    return new TherapistLine(
                            p.id(),
                            p.displayName(),
                            row.map(TherapistRow::accepts).orElse(false),
                            row.isPresent() ? repository.weeklyHours(p.id()).size() : 0);
                })
                .toList();
    }

    @Transactional(readOnly = true)
    public Profile profile(CurrentUser admin, UserId therapist) {
        requireAdmin(admin);
        editable(admin, therapist);
        return repository
                .therapist(therapist)
                .map(r -> new Profile(r.approach(), r.languages(), r.seesPeopleFor()))
                .orElse(new Profile(null, null, null));
    }

    @Transactional(readOnly = true)
    public String nameOf(CurrentUser actor, UserId therapist) {
        return editable(actor, therapist).displayName();
    }

    @Transactional
    public void saveProfile(CurrentUser admin, UserId therapist, Profile profile) {
        requireAdmin(admin);
        editable(admin, therapist);
        TherapistRow row = current(admin.practiceId(), therapist);
        repository.saveTherapist(
                new TherapistRow(
                        therapist,
                        row.practice(),
                        profile.approach(),
                        profile.languages(),
                        profile.seesPeopleFor(),
                        row.zone(),
                        row.rules(),
                        row.accepts()),
                clock.instant());
        log.info("Public profile of therapist {} saved by {}", therapist, admin.id());
    }

    @Transactional(readOnly = true)
    public Schedule schedule(CurrentUser actor, UserId therapist) {
        Person person = editable(actor, therapist);
        ZoneId zone = practices.get(actor.practiceId()).zone();
        TherapistRow row = current(actor.practiceId(), therapist);
        return new Schedule(
                person.displayName(),
                zone,
                repository.weeklyHours(therapist),
                row.rules(),
                repository.therapist(therapist).map(TherapistRow::accepts).orElse(true),
                repository.exceptionsFrom(therapist, LocalDate.now(clock.withZone(zone))));
    }

    /** Replaces the weekly hours and rules; times are taken in the practice's zone. */
    @Transactional
    public void saveHours(
            CurrentUser actor, UserId therapist, List<WeeklyHours> weekly, BookingRules rules, boolean accepts) {
        editable(actor, therapist);
        TherapistRow row = current(actor.practiceId(), therapist);
        String zone = practices.get(actor.practiceId()).timeZone();
        repository.saveTherapist(
                new TherapistRow(
                        therapist,
                        row.practice(),
                        row.approach(),
                        row.languages(),
                        row.seesPeopleFor(),
                        zone,
                        rules,
                        accepts),
                clock.instant());
        repository.replaceWeeklyHours(actor.practiceId(), therapist, weekly);
        log.info("Consultation hours of therapist {} saved by {} ({} ranges)", therapist, actor.id(), weekly.size());
    }

    @Transactional
    public void addException(CurrentUser actor, UserId therapist, DateException exception) {
        editable(actor, therapist);
        repository.addException(actor.practiceId(), therapist, exception);
        log.info("Consultation exception added for therapist {} by {}", therapist, actor.id());
    }

    @Transactional
    public void removeException(CurrentUser actor, UserId therapist, UUID exception) {
        editable(actor, therapist);
        if (repository.removeException(therapist, exception) == 0) {
            throw BookingRefusedException.notFound();
        }
        log.info("Consultation exception {} removed for therapist {} by {}", exception, therapist, actor.id());
    }

    private TherapistRow current(PracticeId practice, UserId therapist) {
        return repository
                .therapist(therapist)
                .orElseGet(() -> new TherapistRow(
                        therapist,
                        practice,
                        null,
                        null,
                        null,
                        practices.get(practice).timeZone(),
                        NEW_THERAPIST_RULES,
                        false));
    }

    /** The therapist, if {@code actor} may change their booking settings. */
    private Person editable(CurrentUser actor, UserId therapist) {
        return people.find(therapist)
                .filter(p -> p.practiceId().equals(actor.practiceId()) && p.isTherapist() && p.enabled())
                .filter(p -> actor.isAdmin() || p.id().equals(actor.id()))
                .orElseThrow(BookingRefusedException::notFound);
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.isAdmin()) {
            throw BookingRefusedException.notFound();
        }
    }
}

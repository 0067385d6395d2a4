package app.tandem.booking.consultation;

import app.tandem.booking.PracticePage;
import app.tandem.booking.slot.Availability;
import app.tandem.booking.slot.Slot;
import app.tandem.booking.slot.Slots;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads therapists' hours and bookings (none while the practice has closed online booking) and asks {@link Slots} which slots are free. */
@Service
public class AvailabilityService {

    private final BookingRepository repository;

    AvailabilityService(BookingRepository repository) {
        this.repository = repository;
    }

    /** Free slots of one therapist, or of every therapist taking bookings when {@code therapist} is null. */
    @Transactional(readOnly = true)
    public List<Slot> free(PracticeId practice, UserId therapist, Instant from, Instant to, Instant now) {
        List<Slot> slots = new ArrayList<>();
        if (!repository.page(practice).map(PracticePage::bookingOpen).orElse(true)) {
            return slots; // the admin closed online booking
        }
        for (TherapistRow row : repository.therapists(practice)) {
            if (therapist == null || row.therapist().equals(therapist)) {
                Availability availability = availability(row, from, to);
                List<Instant> taken = repository.takenStarts(
                        row.therapist(), from.minus(Duration.ofDays(1)), to.plus(Duration.ofDays(1)));
                slots.addAll(Slots.free(availability, taken, now, from, to));
            }
        }
        slots.sort(Comparator.comparing(Slot::start)
                .thenComparing(s -> s.therapist().value()));
        return slots;
    }

    /** A therapist (the one asked for, or the first free one) for whom {@code start} is a free slot now. */
    @Transactional(readOnly = true)
    public Optional<UserId> therapistFreeAt(PracticeId practice, UserId therapist, Instant start, Instant now) {
        return free(practice, therapist, start, start.plusSeconds(1), now).stream()
                .filter(s -> s.start().equals(start))
                .map(Slot::therapist)
                .findFirst();
    }

    private Availability availability(TherapistRow row, Instant from, Instant to) {
        ZoneId zone = ZoneId.of(row.zone());
        LocalDate first = from.atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = to.atZone(zone).toLocalDate().plusDays(1);
        return new Availability(
                row.therapist(),
                zone,
                repository.weeklyHours(row.therapist()),
                repository.exceptions(row.therapist(), first, last),
                row.rules());
    }
}

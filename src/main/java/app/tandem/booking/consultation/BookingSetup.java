package app.tandem.booking.consultation;

import app.tandem.booking.BookedConsultation;
import app.tandem.booking.BookingReceipt;
import app.tandem.booking.BookingRequest;
import app.tandem.booking.PracticePage;
import app.tandem.booking.TherapistOffer;
import app.tandem.booking.slot.BookingRules;
import app.tandem.booking.slot.DateException;
import app.tandem.practice.PracticeView;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes practice pages and therapists' offers; the entry point behind the module's public API. */
@Service
public class BookingSetup {

    private final BookingRepository repository;
    private final BookingService bookings;
    private final Clock clock;

    BookingSetup(BookingRepository repository, BookingService bookings, Clock clock) {
        this.repository = repository;
        this.bookings = bookings;
        this.clock = clock;
    }

    @Transactional
    public void describe(PracticeId practice, PracticePage page) {
        repository.savePage(practice, page, clock.instant());
    }

    @Transactional
    public void offer(PracticeId practice, UserId therapist, String zone, TherapistOffer offer) {
        repository.saveTherapist(
                new TherapistRow(
                        therapist,
                        practice,
                        offer.approach(),
                        offer.languages(),
                        offer.seesPeopleFor(),
                        zone,
                        BookingRules.of(offer.bufferMinutes(), offer.noticeHours(), offer.horizonDays()),
                        true),
                clock.instant());
        repository.replaceWeeklyHours(practice, therapist, offer.hours());
    }

    @Transactional
    public void dayOff(PracticeId practice, UserId therapist, LocalDate date) {
        repository.addException(practice, therapist, DateException.dayOff(date));
    }

    /** The therapist's booked consultations (not cancelled) that start in a range, for their sessions page. */
    @Transactional(readOnly = true)
    public List<BookedConsultation> bookedBetween(UserId therapist, Instant from, Instant to) {
        return repository.activeBetween(therapist, from, to).stream()
                .map(b -> new BookedConsultation(
                        b.id(), b.start(), b.end(), b.name(), b.status() == BookingStatus.CONFIRMED))
                .toList();
    }

    public BookingReceipt book(PracticeView practice, BookingRequest request) {
        return bookings.book(practice, request, null, null);
    }
}

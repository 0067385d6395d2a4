package app.tandem.booking;

import app.tandem.booking.consultation.BookingSetup;
import app.tandem.practice.Practices;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Sets up a practice's public page and its therapists' consultation hours and books (used by the demo); lists a
 * therapist's booked consultations (used by the sessions page).
 */
@Service
public class Consultations {

    private final BookingSetup setup;
    private final Practices practices;

    Consultations(BookingSetup setup, Practices practices) {
        this.setup = setup;
        this.practices = practices;
    }

    public void describe(PracticeId practice, PracticePage page) {
        setup.describe(practice, page);
    }

    public void offer(PracticeId practice, UserId therapist, String zone, TherapistOffer offer) {
        setup.offer(practice, therapist, zone, offer);
    }

    public void dayOff(PracticeId practice, UserId therapist, LocalDate date) {
        setup.dayOff(practice, therapist, date);
    }

    /** The therapist's booked free consultations (not cancelled) that start from {@code from} until {@code to}. */
    public List<BookedConsultation> bookedBetween(UserId therapist, Instant from, Instant to) {
        return setup.bookedBetween(therapist, from, to);
    }

    /** Books as a visitor would (without rate limits), e.g. demo bookings. */
    public BookingReceipt book(PracticeId practice, BookingRequest request) {
        return setup.book(practices.get(practice), request);
    }
}

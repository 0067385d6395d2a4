package app.tandem.booking.consultation;

import app.tandem.booking.BookingRequest;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Checks a booking request before anything is written: bounded lengths, a plausible email address, a
 * real time zone; and limits per address (per node, in memory) and per email (in the database, so it
 * holds across nodes). The answers never depend on whether the email belongs to a client.
 */
@Component
class BookingChecks {

    static final int PER_ADDRESS_PER_HOUR = 10;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final BookingRepository repository;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    BookingChecks(BookingRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    void check(BookingRequest r, String idempotencyKey) {
        if (r.start() == null) {
            throw BookingRefusedException.invalid("start", "booking.error.slot");
        }
        required("name", r.name(), 200);
        required("email", r.email(), 320);
        if (!EMAIL.matcher(r.email().trim()).matches()) {
            throw BookingRefusedException.invalid("email", "booking.error.email");
        }
        bounded("phone", r.phone(), 40);
        bounded("reason", r.reason(), 1000);
        bounded("Idempotency-Key", idempotencyKey, 100);
        if (r.contactBy() == null) {
            throw BookingRefusedException.invalid("contactBy", "booking.error.contactBy");
        }
        if (r.contactBy() != app.tandem.booking.ContactBy.EMAIL
                && (r.phone() == null || r.phone().isBlank())) {
            throw BookingRefusedException.invalid("phone", "booking.error.phoneNeeded");
        }
        try {
            ZoneId.of(r.visitorZone());
        } catch (DateTimeException | NullPointerException e) {
            throw BookingRefusedException.invalid("zone", "booking.error.zone");
        }
    }

    void throttle(String remoteAddr, String email) {
        if (remoteAddr != null && !bucketFor(remoteAddr).tryConsume(1)) {
            throw BookingRefusedException.tooMany();
        }
        if (repository.bookingsByEmailSince(email, clock.instant().minus(Duration.ofDays(1)))
                >= BookingService.MAX_BOOKINGS_PER_EMAIL_PER_DAY) {
            throw BookingRefusedException.tooMany();
        }
    }

    private static void required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw BookingRefusedException.invalid(field, "booking.error." + field + ".required");
        }
        bounded(field, value, max);
    }

    private static void bounded(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw BookingRefusedException.invalid(field, "booking.error.tooLong");
        }
    }

    private Bucket bucketFor(String address) {
        if (buckets.size() > 10_000) {
            buckets.clear();
        }
        return buckets.computeIfAbsent(
                address,
                a -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(PER_ADDRESS_PER_HOUR)
                                .refillGreedy(PER_ADDRESS_PER_HOUR, Duration.ofHours(1))
                                .build())
                        .build());
    }
}

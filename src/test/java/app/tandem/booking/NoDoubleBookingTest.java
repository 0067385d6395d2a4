package app.tandem.booking;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.booking.consultation.BookingService;
import app.tandem.booking.consultation.SlotTakenException;
import app.tandem.booking.slot.Slot;
import app.tandem.practice.Practices;
import app.tandem.testing.TandemIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Fifty people book the same slot at the same moment: the database lets exactly one through. */
@TandemIntegrationTest
@Import(BookingFixture.class)
class NoDoubleBookingTest {

    @Autowired
    BookingFixture fixture;

    @Autowired
    BookingService bookings;

    @Autowired
    Practices practices;

    @Test
    void fiftyConcurrentRequestsForOneSlotGiveExactlyOneBooking() throws Exception {
        BookingFixture.Setup setup = fixture.aPracticeTakingBookings();
        Slot slot = fixture.freeSlots(setup).get(4);
        var practice = practices.get(setup.practice());
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> requests = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            requests.add(() -> {
                start.await();
                try {
                    bookings.book(
                            practice,
                            new BookingRequest(
                                    slot.start(),
                                    i(n) ? slot.therapist() : null,
                                    "America/Chicago",
                                    "Visitor " + n,
                                    "visitor" + n + "@example.org",
                                    null,
                                    ContactBy.EMAIL,
                                    null,
                                    false),
                            null,
                            "10.0.0." + n);
                    return "booked";
                } catch (SlotTakenException e) {
                    assertThat(e.nearest())
                            .isNotEmpty()
                            .noneMatch(s -> s.start().equals(slot.start()));
                    return "taken";
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (Callable<String> request : requests) {
                results.add(pool.submit(request));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).filteredOn("booked"::equals).hasSize(1);
            assertThat(outcomes).filteredOn("taken"::equals).hasSize(49);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixture.activeBookingsAt(setup, slot.start())).isEqualTo(1);
        assertThat(fixture.freeSlots(setup)).noneMatch(s -> s.start().equals(slot.start()));
    }

    private static boolean i(int n) {
        return n % 2 == 0; // half ask for the therapist, half for "anyone"
    }
}

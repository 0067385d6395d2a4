package app.tandem.booking.web;

import app.tandem.booking.BookingReceipt;
import app.tandem.booking.consultation.AvailabilityService;
import app.tandem.booking.consultation.BookingService;
import app.tandem.booking.consultation.SlotTakenException;
import app.tandem.booking.consultation.When;
import app.tandem.booking.slot.Slot;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The link in the visitor's email: a GET only shows the booking and two buttons (mail scanners follow
 * links, so nothing changes on GET); cancelling or moving takes a POST, and the link then stops working.
 */
@Controller
class ManageBookingController {

    private final BookingService bookings;
    private final AvailabilityService availability;
    private final Clock clock;

    ManageBookingController(BookingService bookings, AvailabilityService availability, Clock clock) {
        this.bookings = bookings;
        this.availability = availability;
        this.clock = clock;
    }

    @GetMapping("/bookings/manage/{token}")
    String show(@PathVariable String token, Model model) {
        return page(token, List.of(), model);
    }

    @PostMapping("/bookings/manage/{token}/cancellation")
    String cancel(@PathVariable String token, Model model) {
        BookingService.ManagedBooking booking = bookings.managed(token);
        bookings.cancelByVisitor(token);
        model.addAttribute("booking", booking);
        model.addAttribute("outcome", "cancelled");
        return "booking/managed";
    }

    @PostMapping("/bookings/manage/{token}/reschedule")
    String reschedule(
            @PathVariable String token,
            @RequestParam(required = false) String slot,
            HttpServletResponse response,
            Model model) {
        BookingService.ManagedBooking booking = bookings.managed(token);
        Instant start = parse(slot);
        if (start == null) {
            response.setStatus(400);
            model.addAttribute("problem", "booking.error.slot");
            return page(token, List.of(), model);
        }
        try {
            BookingReceipt moved = bookings.rescheduleByVisitor(token, start);
            model.addAttribute("booking", booking);
            model.addAttribute("outcome", "moved");
            model.addAttribute("when", When.dayAndTime(moved.start(), booking.zone()));
            model.addAttribute("manageLink", "/bookings/manage/" + moved.manageToken());
            return "booking/managed";
        } catch (SlotTakenException e) {
            response.setStatus(409);
            model.addAttribute("problem", "booking.error.taken");
            return page(token, e.nearest(), model);
        }
    }

    private String page(String token, List<Slot> nearest, Model model) {
        BookingService.ManagedBooking booking = bookings.managed(token);
        Instant now = clock.instant();
        List<Slot> slots = nearest.isEmpty()
                ? availability.free(
                        bookingPractice(booking), booking.therapist(), now, now.plus(Duration.ofDays(60)), now)
                : nearest;
        ZoneId zone = booking.zone();
        model.addAttribute("booking", booking);
        model.addAttribute("token", token);
        model.addAttribute("days", SlotDay.of(slots, zone, false, Map.of(), PublicBookingController.DAYS_SHOWN));
        return "booking/manage";
    }

    private app.tandem.shared.PracticeId bookingPractice(BookingService.ManagedBooking booking) {
        return bookings.practiceOf(booking.id());
    }

    private static Instant parse(String slot) {
        if (slot == null || slot.length() > 100) {
            return null;
        }
        try {
            return Instant.parse(slot.substring(slot.indexOf('|') + 1));
        } catch (RuntimeException e) {
            return null;
        }
    }
}

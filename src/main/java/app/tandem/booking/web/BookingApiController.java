package app.tandem.booking.web;

import app.tandem.booking.BookingReceipt;
import app.tandem.booking.BookingRequest;
import app.tandem.booking.ContactBy;
import app.tandem.booking.consultation.AvailabilityService;
import app.tandem.booking.consultation.BookingService;
import app.tandem.booking.consultation.PublicPages;
import app.tandem.booking.slot.Slot;
import app.tandem.practice.PracticeView;
import app.tandem.shared.UserId;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public JSON API for consultation booking; errors are RFC 9457 problems ({@link BookingApiErrors}). */
@RestController
class BookingApiController {

    static final int MAX_DAYS = 62;

    private final PublicPages pages;
    private final AvailabilityService availability;
    private final BookingService bookings;
    private final Clock clock;

    BookingApiController(PublicPages pages, AvailabilityService availability, BookingService bookings, Clock clock) {
        this.pages = pages;
        this.availability = availability;
        this.bookings = bookings;
        this.clock = clock;
    }

    /** A free slot. */
    record SlotResponse(Instant start, Instant end, UUID therapistId) {

        static SlotResponse of(Slot slot) {
            return new SlotResponse(slot.start(), slot.end(), slot.therapist().value());
        }
    }

    /** A booking request; {@code therapistId} null means anyone, {@code zone} defaults to the practice's. */
    record BookingBody(
            Instant start,
            UUID therapistId,
            String name,
            String email,
            String phone,
            ContactBy contactBy,
            String reason,
            Boolean safetyConcern,
            String zone) {}

    /** A booking made; {@code manageToken} is null when an Idempotency-Key replayed an earlier request. */
    record BookingResponse(
            UUID id,
            Instant start,
            Instant end,
            String therapistName,
            String manageToken,
            boolean showCrisisResources) {

        static BookingResponse of(BookingReceipt r) {
            return new BookingResponse(
                    r.id(), r.start(), r.end(), r.therapistName(), r.manageToken(), r.crisisScreen());
        }
    }

    /** A new slot for a booking. */
    record RescheduleBody(Instant start) {}

    @GetMapping("/api/v1/practices/{slug}/slots")
    List<SlotResponse> slots(
            @PathVariable String slug,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) UUID therapist) {
        PracticeView practice = pages.practice(slug);
        if (to.isBefore(from) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new BookingApiErrors.BadRange();
        }
        ZoneId zone = practice.zone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return availability
                .free(practice.id(), therapist == null ? null : new UserId(therapist), start, end, clock.instant())
                .stream()
                .map(SlotResponse::of)
                .toList();
    }

    @PostMapping("/api/v1/practices/{slug}/bookings")
    ResponseEntity<BookingResponse> book(
            @PathVariable String slug,
            @RequestBody BookingBody body,
            @RequestHeader(name = "Idempotency-Key", required = false) String key,
            HttpServletRequest request) {
        PracticeView practice = pages.practice(slug);
        BookingReceipt receipt = bookings.book(
                practice,
                new BookingRequest(
                        body.start(),
                        body.therapistId() == null ? null : new UserId(body.therapistId()),
                        body.zone() == null ? practice.timeZone() : body.zone(),
                        body.name(),
                        body.email(),
                        body.phone(),
                        body.contactBy() == null ? ContactBy.EMAIL : body.contactBy(),
                        body.reason(),
                        Boolean.TRUE.equals(body.safetyConcern())),
                key,
                request.getRemoteAddr());
        return ResponseEntity.status(receipt.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .header("Idempotent-Replayed", String.valueOf(receipt.replayed()))
                .body(BookingResponse.of(receipt));
    }

    @PostMapping("/api/v1/bookings/{token}/cancellation")
    ResponseEntity<Void> cancel(@PathVariable String token) {
        bookings.managed(token);
        bookings.cancelByVisitor(token);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/bookings/{token}/reschedule")
    BookingResponse reschedule(@PathVariable String token, @RequestBody RescheduleBody body) {
        if (body.start() == null) {
            throw new BookingApiErrors.BadRange();
        }
        return BookingResponse.of(bookings.rescheduleByVisitor(token, body.start()));
    }
}

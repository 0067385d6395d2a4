package app.tandem.booking.web;

import app.tandem.booking.BookingReceipt;
import app.tandem.booking.consultation.AvailabilityService;
import app.tandem.booking.consultation.BookingRefusedException;
import app.tandem.booking.consultation.BookingService;
import app.tandem.booking.consultation.PublicPages;
import app.tandem.booking.consultation.SlotTakenException;
import app.tandem.booking.consultation.When;
import app.tandem.booking.slot.Slot;
import app.tandem.practice.PracticeView;
import app.tandem.shared.UserId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public practice page and booking a consultation, without an account and without JavaScript. */
@Controller
class PublicBookingController {

    static final int DAYS_SHOWN = 5;

    private final PublicPages pages;
    private final AvailabilityService availability;
    private final BookingService bookings;
    private final Clock clock;

    PublicBookingController(PublicPages pages, AvailabilityService availability, BookingService bookings, Clock clock) {
        this.pages = pages;
        this.availability = availability;
        this.bookings = bookings;
        this.clock = clock;
    }

    @GetMapping("/p/{slug}")
    String page(@PathVariable String slug, Model model) {
        model.addAttribute("view", pages.page(slug));
        return "booking/page";
    }

    @GetMapping("/p/{slug}/book")
    String book(
            @PathVariable String slug,
            @RequestParam(required = false) String zone,
            @RequestParam(required = false) String therapist,
            Model model) {
        PracticeView practice = pages.practice(slug);
        ZoneId visitorZone = VisitorZones.resolve(zone, practice.zone());
        return form(practice, visitorZone, therapist, BookingForm.empty(visitorZone.getId()), model);
    }

    @PostMapping("/p/{slug}/book")
    String submit(
            @PathVariable String slug,
            @Valid @ModelAttribute("form") BookingForm form,
            BindingResult result,
            @RequestParam(required = false) String therapist,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        PracticeView practice = pages.practice(slug);
        ZoneId zone = VisitorZones.resolve(form.zone(), practice.zone());
        if (form.isBot()) {
            response.setStatus(400);
            model.addAttribute("problem", "booking.error.notAccepted");
            return form(practice, zone, therapist, form, model);
        }
        if (!result.hasErrors() && form.start() == null) {
            result.rejectValue("slot", "booking.error.slot");
        }
        if (result.hasErrors()) {
            response.setStatus(400);
            return form(practice, zone, therapist, form, model);
        }
        try {
            BookingReceipt receipt =
                    bookings.book(practice, form.toRequest(zone.getId()), null, request.getRemoteAddr());
            redirect.addFlashAttribute("receipt", receipt);
            return "redirect:/p/" + practice.slug() + "/booked";
        } catch (SlotTakenException e) {
            response.setStatus(409);
            model.addAttribute("problem", "booking.error.taken");
            model.addAttribute("nearest", e.nearest());
            BookingForm again = new BookingForm(
                    "",
                    form.name(),
                    form.email(),
                    form.phone(),
                    form.contactBy(),
                    form.reason(),
                    form.safety(),
                    "",
                    form.zone());
            return form(practice, zone, therapist, again, e.nearest(), model);
        } catch (BookingRefusedException e) {
            response.setStatus(e.status());
            if (e.field() != null && List.of("name", "email", "phone", "reason").contains(e.field())) {
                result.rejectValue(e.field(), e.messageKey());
            } else {
                model.addAttribute("problem", e.messageKey());
            }
            return form(practice, zone, therapist, form, model);
        }
    }

    @GetMapping("/p/{slug}/booked")
    String booked(@PathVariable String slug, Model model) {
        PracticeView practice = pages.practice(slug);
        BookingReceipt receipt = (BookingReceipt) model.getAttribute("receipt");
        if (receipt == null) {
            return "redirect:/p/" + practice.slug();
        }
        model.addAttribute("practice", practice);
        model.addAttribute("when", When.dayAndTime(receipt.start(), ZoneId.of(receipt.visitorZone())));
        model.addAttribute("crisis", pages.page(slug).crisis());
        return "booking/booked";
    }

    private String form(PracticeView practice, ZoneId zone, String therapist, BookingForm form, Model model) {
        UserId chosen = chosenTherapist(therapist);
        Instant now = clock.instant();
        List<Slot> slots = availability.free(practice.id(), chosen, now, now.plus(Duration.ofDays(60)), now);
        return form(practice, zone, therapist, form, slots, model);
    }

    private String form(
            PracticeView practice, ZoneId zone, String therapist, BookingForm form, List<Slot> slots, Model model) {
        UserId chosen = chosenTherapist(therapist);
        List<PublicPages.TherapistCard> therapists = pages.therapists(practice.id());
        Map<String, String> names = therapists.stream()
                .collect(Collectors.toMap(PublicPages.TherapistCard::id, PublicPages.TherapistCard::name));
        model.addAttribute("practice", practice);
        model.addAttribute("therapists", therapists);
        model.addAttribute("therapist", chosen == null ? "any" : chosen.toString());
        model.addAttribute("zone", zone.getId());
        model.addAttribute("zones", VisitorZones.choices(zone, practice.zone()));
        model.addAttribute("days", SlotDay.of(slots, zone, chosen == null, names, DAYS_SHOWN));
        model.addAttribute("form", form);
        return "booking/book";
    }

    private static UserId chosenTherapist(String therapist) {
        if (therapist == null || therapist.isBlank() || therapist.equals("any")) {
            return null;
        }
        try {
            return UserId.of(therapist);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

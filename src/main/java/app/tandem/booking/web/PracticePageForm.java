package app.tandem.booking.web;

import app.tandem.booking.PracticePage;
import app.tandem.shared.NotClientFreeText;
import jakarta.validation.constraints.Size;

/** The admin's form for the public practice page. */
record PracticePageForm(
        @Size(max = 2000, message = "{booking.admin.tooLong}") @NotClientFreeText("text only staff write")
        String description,

        @Size(max = 400, message = "{booking.admin.tooLong}") @NotClientFreeText("text only staff write")
        String location,

        Boolean telehealth,

        @Size(max = 1000, message = "{booking.admin.tooLong}") @NotClientFreeText("text only staff write")
        String fees,

        Boolean bookingOpen) {

    static PracticePageForm of(PracticePage page) {
        return new PracticePageForm(
                page.description(), page.location(), page.telehealth(), page.fees(), page.bookingOpen());
    }

    PracticePage toPage() {
        return new PracticePage(
                trimmed(description),
                trimmed(location),
                Boolean.TRUE.equals(telehealth),
                trimmed(fees),
                Boolean.TRUE.equals(bookingOpen));
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

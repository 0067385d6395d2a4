package app.tandem.booking.web;

import app.tandem.booking.consultation.BookingAdministration;
import app.tandem.shared.NotClientFreeText;
import jakarta.validation.constraints.Size;

/** The admin's form for one therapist's public profile. */
record ProfileForm(
        @Size(max = 1000, message = "{booking.admin.tooLong}") @NotClientFreeText("text only staff write")
        String approach,

        @Size(max = 200, message = "{booking.admin.tooLong}") @NotClientFreeText("text only staff write")
        String languages,

        @Size(max = 1000, message = "{booking.admin.tooLong}") @NotClientFreeText("text only staff write")
        String seesPeopleFor) {

    static ProfileForm of(BookingAdministration.Profile profile) {
        return new ProfileForm(profile.approach(), profile.languages(), profile.seesPeopleFor());
    }

    BookingAdministration.Profile toProfile() {
        return new BookingAdministration.Profile(
                PracticePageForm.trimmed(approach),
                PracticePageForm.trimmed(languages),
                PracticePageForm.trimmed(seesPeopleFor));
    }
}

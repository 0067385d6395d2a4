package app.tandem.site.admin;

import app.tandem.practice.PracticeSettings;
import app.tandem.practice.PracticeView;
import app.tandem.shared.NotClientFreeText;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** The practice settings form. */
record SettingsForm(
        @NotBlank(message = "{admin.practice.nameRequired}") @Size(max = 200) @NotClientFreeText("practice setting")
        String name,

        @NotBlank(message = "{timeZone.invalid}") @Size(max = 64) @NotClientFreeText("time zone")
        String timeZone,

        @NotBlank(message = "{admin.practice.localeInvalid}") @Pattern(regexp = "[a-z]{2}(-[A-Z]{2})?", message = "{admin.practice.localeInvalid}")
        @NotClientFreeText("practice setting")
        String locale,

        @Size(max = 40) @Pattern(regexp = "[0-9+() .-]{0,40}", message = "{admin.practice.phoneInvalid}")
        @NotClientFreeText("practice setting")
        String phone,

        @Size(max = 320) @Email(message = "{invite.emailInvalid}") @NotClientFreeText("email address")
        String email,

        @Size(max = 400) @NotClientFreeText("practice setting")
        String address,

        @NotNull(message = "{admin.practice.idleInvalid}") @Min(value = 5, message = "{admin.practice.idleInvalid}") @Max(value = 43200, message = "{admin.practice.idleInvalid}") Integer clientIdleMinutes,

        @NotNull(message = "{admin.practice.hoursInvalid}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime businessHoursStart,

        @NotNull(message = "{admin.practice.hoursInvalid}") @DateTimeFormat(pattern = "HH:mm")
        LocalTime businessHoursEnd) {

    static SettingsForm of(PracticeView p) {
        return new SettingsForm(
                p.name(),
                p.timeZone(),
                p.locale(),
                p.phone(),
                p.email(),
                p.address(),
                p.clientIdleMinutes(),
                p.businessHoursStart(),
                p.businessHoursEnd());
    }

    void validateInto(Errors errors) {
        try {
            if (timeZone != null && !timeZone.isBlank()) {
                ZoneId.of(timeZone);
            }
        } catch (DateTimeException e) {
            errors.rejectValue("timeZone", "timeZone.invalid");
        }
        if (businessHoursStart != null && businessHoursEnd != null && !businessHoursEnd.isAfter(businessHoursStart)) {
            errors.rejectValue("businessHoursEnd", "admin.practice.hoursOrder");
        }
    }

    PracticeSettings toSettings() {
        return new PracticeSettings(
                name.trim(),
                timeZone,
                Locale.forLanguageTag(locale).toLanguageTag(),
                blankToNull(phone),
                blankToNull(email),
                blankToNull(address),
                clientIdleMinutes,
                businessHoursStart,
                businessHoursEnd);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

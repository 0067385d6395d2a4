package app.tandem.practice;

import app.tandem.shared.PracticeId;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Locale;

/** A practice's settings as other modules and pages see them. */
public record PracticeView(
        PracticeId id,
        String name,
        String slug,
        String timeZone,
        String locale,
        String phone,
        String email,
        String address,
        String termsVersion,
        int clientIdleMinutes,
        boolean consultationEnabled,
        int consultationMinutes,
        LocalTime businessHoursStart,
        LocalTime businessHoursEnd) {

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public Locale asLocale() {
        return Locale.forLanguageTag(locale);
    }
}

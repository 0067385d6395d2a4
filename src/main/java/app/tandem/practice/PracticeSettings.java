package app.tandem.practice;

import java.time.LocalTime;

/** The editable settings of a practice, as validated by the admin form. */
public record PracticeSettings(
        String name,
        String timeZone,
        String locale,
        String phone,
        String email,
        String address,
        int clientIdleMinutes,
        LocalTime businessHoursStart,
        LocalTime businessHoursEnd) {}

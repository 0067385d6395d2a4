package app.tandem.booking.web;

import app.tandem.booking.WeeklyHours;
import app.tandem.booking.consultation.BookingAdministration;
import app.tandem.booking.slot.BookingRules;
import app.tandem.shared.NotClientFreeText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.springframework.validation.Errors;

/**
 * Weekly consultation hours, one text per weekday ("09:00-12:00, 13:00-17:00", times in the practice's
 * zone), and the booking rules.
 */
record HoursForm(
        @Size(max = 200, message = "{booking.admin.tooLong}") @NotClientFreeText("hours")
        String monday,

        @Size(max = 200, message = "{booking.admin.tooLong}") @NotClientFreeText("hours")
        String tuesday,

        @Size(max = 200, message = "{booking.admin.tooLong}") @NotClientFreeText("hours")
        String wednesday,

        @Size(max = 200, message = "{booking.admin.tooLong}") @NotClientFreeText("hours")
        String thursday,

        @Size(max = 200, message = "{booking.admin.tooLong}") @NotClientFreeText("hours")
        String friday,

        @Size(max = 200, message = "{booking.admin.tooLong}") @NotClientFreeText("hours")
        String saturday,

        @Size(max = 200, message = "{booking.admin.tooLong}") @NotClientFreeText("hours")
        String sunday,

        @NotNull(message = "{booking.hours.buffer}") @Min(value = 0, message = "{booking.hours.buffer}") @Max(value = 120, message = "{booking.hours.buffer}") Integer bufferMinutes,

        @NotNull(message = "{booking.hours.notice}") @Min(value = 0, message = "{booking.hours.notice}") @Max(value = 720, message = "{booking.hours.notice}") Integer noticeHours,

        @NotNull(message = "{booking.hours.horizon}") @Min(value = 1, message = "{booking.hours.horizon}") @Max(value = 365, message = "{booking.hours.horizon}") Integer horizonDays,

        Boolean accepts) {

    static HoursForm of(BookingAdministration.Schedule schedule) {
        List<String> days = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            days.add(DayHours.format(
                    schedule.weekly().stream().filter(h -> h.day() == day).toList()));
        }
        BookingRules rules = schedule.rules();
        return new HoursForm(
                days.get(0),
                days.get(1),
                days.get(2),
                days.get(3),
                days.get(4),
                days.get(5),
                days.get(6),
                (int) rules.buffer().toMinutes(),
                (int) rules.minimumNotice().toHours(),
                (int) rules.horizon().toDays(),
                schedule.accepts());
    }

    private List<String> texts() {
        return java.util.Arrays.asList(monday, tuesday, wednesday, thursday, friday, saturday, sunday);
    }

    /** Adds a message to each weekday whose text is not a list of ordered, non-overlapping ranges. */
    void validateInto(Errors errors) {
        List<String> texts = texts();
        for (DayOfWeek day : DayOfWeek.values()) {
            String field = day.name().toLowerCase(java.util.Locale.ROOT);
            if (errors.hasFieldErrors(field)) {
                continue;
            }
            DayHours.parse(day, texts.get(day.ordinal())).error().ifPresent(code -> errors.rejectValue(field, code));
        }
    }

    List<WeeklyHours> weekly() {
        List<String> texts = texts();
        List<WeeklyHours> weekly = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            weekly.addAll(DayHours.parse(day, texts.get(day.ordinal())).hours());
        }
        return weekly;
    }

    BookingRules rules() {
        return BookingRules.of(bufferMinutes, noticeHours, horizonDays);
    }

    boolean takesBookings() {
        return Boolean.TRUE.equals(accepts);
    }
}

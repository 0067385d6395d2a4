package app.tandem.booking.web;

import app.tandem.booking.slot.DateException;
import app.tandem.shared.NotClientFreeText;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/** One exception to the weekly hours: a day off (whole day, or only between two times) or extra hours. */
record ExceptionForm(
        @NotNull(message = "{booking.exception.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate date,

        @NotNull(message = "{booking.exception.kind}") @Pattern(regexp = "OFF|EXTRA", message = "{booking.exception.kind}") @NotClientFreeText("choice")
        String kind,

        @DateTimeFormat(pattern = "HH:mm") LocalTime start,

        @DateTimeFormat(pattern = "HH:mm") LocalTime end) {

    static final int MAX_DAYS_AHEAD = 730;

    static ExceptionForm blank() {
        return new ExceptionForm(null, "OFF", null, null);
    }

    boolean extra() {
        return "EXTRA".equals(kind);
    }

    /** Dates from today to two years ahead; extra hours need both times; times come in order. */
    void validateInto(Errors errors, LocalDate today) {
        if (date != null
                && !errors.hasFieldErrors("date")
                && (date.isBefore(today) || date.isAfter(today.plusDays(MAX_DAYS_AHEAD)))) {
            errors.rejectValue("date", "booking.exception.dateRange");
        }
        if (errors.hasFieldErrors("start") || errors.hasFieldErrors("end")) {
            return;
        }
        if (extra() && (start == null || end == null)) {
            errors.rejectValue(start == null ? "start" : "end", "booking.exception.extraTimes");
        } else if ((start == null) != (end == null)) {
            errors.rejectValue(start == null ? "start" : "end", "booking.exception.bothTimes");
        } else if (start != null && !end.isAfter(start)) {
            errors.rejectValue("end", "booking.hours.order");
        }
    }

    DateException toException() {
        return new DateException(date, start, end, extra());
    }
}

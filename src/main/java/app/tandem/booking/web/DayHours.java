package app.tandem.booking.web;

import app.tandem.booking.WeeklyHours;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One weekday's hours as staff type them, "09:00-12:00, 13:00-17:00": parsed, or the message key saying why not. */
record DayHours(List<WeeklyHours> hours, Optional<String> error) {

    static final int MAX_RANGES = 6;
    private static final Pattern RANGE =
            Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*[-\u2013]\\s*(\\d{1,2})[:.](\\d{2})");

    static DayHours parse(DayOfWeek day, String text) {
        if (text == null || text.isBlank()) {
            return new DayHours(List.of(), Optional.empty());
        }
        String[] parts = text.split("[,;]");
        if (parts.length > MAX_RANGES) {
            return refused("booking.hours.tooMany");
        }
        List<WeeklyHours> hours = new ArrayList<>();
        for (String part : parts) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = RANGE.matcher(part.strip());
            if (!m.matches()) {
                return refused("booking.hours.format");
            }
            LocalTime start;
            LocalTime end;
            try {
                start = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
                end = LocalTime.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
            } catch (DateTimeException e) {
                return refused("booking.hours.format");
            }
            if (!end.isAfter(start)) {
                return refused("booking.hours.order");
            }
            hours.add(new WeeklyHours(day, start, end));
        }
        hours.sort(Comparator.comparing(WeeklyHours::start));
        for (int i = 1; i < hours.size(); i++) {
            if (hours.get(i).start().isBefore(hours.get(i - 1).end())) {
                return refused("booking.hours.overlap");
            }
        }
        return new DayHours(List.copyOf(hours), Optional.empty());
    }

    static String format(List<WeeklyHours> hours) {
        return hours.stream().map(h -> h.start() + "-" + h.end()).collect(Collectors.joining(", "));
    }

    private static DayHours refused(String code) {
        return new DayHours(List.of(), Optional.of(code));
    }
}

package app.tandem.export.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One check-in as the CSV shows it (local date and time in the client's zone; optional answers null). */
public record CheckInLine(
        LocalDate date,
        LocalTime time,
        int mood,
        Integer anxiety,
        Double sleepHours,
        Integer sleepQuality,
        Integer energy,
        List<String> emotions,
        List<String> tags,
        String note) {}

package app.tandem.habit.internal;

import app.tandem.habit.schedule.DayMark;
import app.tandem.screening.RiskLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A habit's outcome on one local day; {@code note} decrypted. */
public record Completion(
        UUID id,
        UUID habitId,
        LocalDate day,
        DayMark outcome,
        String note,
        RiskLevel safetyLevel,
        Instant recordedAt) {}

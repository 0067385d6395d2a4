package app.tandem.habit;

import app.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A client's recorded habit and homework days, for their data export. Callers check access and audit the read. */
public interface HabitRecords {

    /**
     * One day the client marked: what it was (title as written), whether it was homework, the outcome ({@code DONE} or
     * {@code SKIPPED}; a missed day is not recorded, it is the absence of a mark), the client's note if any.
     */
    record Day(String title, boolean homework, LocalDate day, String outcome, String note, Instant recordedAt) {}

    /** Every marked day of every habit and homework item of the client, oldest first. */
    List<Day> ofClient(UserId client);
}

package app.tandem.measure.web;

import app.tandem.measure.AssignmentSchedule;
import app.tandem.measure.AssignmentSchedule.Recurrence;
import app.tandem.shared.NotClientFreeText;
import java.time.LocalDate;
import java.time.ZoneId;

/** The therapist's assignment form: an instrument, how often, from when, and how long each occurrence stays open. */
record AssignmentForm(
        @NotClientFreeText("instrument code") String instrument,
        @NotClientFreeText("recurrence choice") String recurrence,
        Integer interval,
        LocalDate start,
        Integer windowDays) {

    /** The schedule, or an explanation a person understands of why there is none. */
    AssignmentSchedule schedule(ZoneId zone) {
        if (start == null) {
            throw new IllegalArgumentException("Give a date (the due date, or the first one).");
        }
        Recurrence r;
        try {
            r = Recurrence.valueOf(recurrence == null ? "" : recurrence);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Choose how often.");
        }
        int every = interval == null ? 1 : interval;
        int window = windowDays == null ? 3 : windowDays;
        return new AssignmentSchedule(r, every, start, window, zone);
    }
}

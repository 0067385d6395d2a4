package app.tandem.shared.workspace;

import app.tandem.shared.UserId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something a therapist asked a client to do that is due now or overdue, for the assignments page.
 *
 * @param client whose it is
 * @param what what was asked, in the request's locale ("PHQ-9", "Homework: Read chapter 2")
 * @param dueOn the day it is due, or was due when overdue (the client's local date)
 * @param overdue true when its due day (or window) passed without it being done
 * @param link the page where it was assigned and can be followed up (a path inside the app)
 */
public record DueAssignment(UserId client, String what, LocalDate dueOn, boolean overdue, String link) {

    public DueAssignment {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(link, "link");
    }
}

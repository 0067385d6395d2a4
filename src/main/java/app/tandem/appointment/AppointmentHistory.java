package app.tandem.appointment;

import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Seeds sessions and agenda items as if recorded earlier; demo data only (nothing typed, nothing screened). */
public interface AppointmentHistory {

    /** A session of {@code client} with {@code therapist}, already in {@code status}; returns its id. */
    UUID session(
            PracticeId practice,
            UserId client,
            UserId therapist,
            Instant start,
            int minutes,
            Modality modality,
            SessionStatus status);

    /** The client's agenda items for a session, in this order (encrypted like any agenda item). */
    void agenda(PracticeId practice, UserId client, UUID session, List<String> items);
}

package app.tandem.journal;

import app.tandem.journal.internal.JournalService;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** Clients' journals, for other modules (entries are private unless the client shares them). */
@Service
public class Journals {

    private final JournalService journal;

    Journals(JournalService journal) {
        this.journal = journal;
    }

    /**
     * Records an entry as if written at {@code at}; for demo history only: not screened, as it is
     * not something a client just wrote.
     */
    public UUID recordHistorical(
            PracticeId practice, UserId client, String title, String body, boolean shared, Instant at) {
        return journal.recordHistorical(practice, client, title, body, shared, at);
    }
}

package app.tandem.coping;

import app.tandem.coping.internal.UseQueries;
import app.tandem.coping.internal.UseRecorder;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/** A client's technique uses, for other modules (exports, demo history). */
@Service
public class TechniqueUses {

    private final UseQueries queries;
    private final UseRecorder recorder;

    TechniqueUses(UseQueries queries, UseRecorder recorder) {
        this.queries = queries;
        this.recorder = recorder;
    }

    /**
     * Every use of {@code client}, oldest first, answers decrypted; for an export whose caller has checked access and
     * writes the audit entry (as for the other modules' export reads).
     */
    public List<TechniqueUse> ofClient(UserId client) {
        return queries.allOf(client);
    }

    /**
     * Records a use as if made at {@code at}; for demo history only: not screened, as nothing was typed just now.
     */
    public UUID recordHistorical(
            PracticeId practice,
            UserId client,
            String techniqueId,
            String variant,
            int before,
            int after,
            int durationSeconds,
            boolean assigned,
            Instant at) {
        return recorder.recordHistorical(
                practice, client, techniqueId, variant, before, after, durationSeconds, assigned, at);
    }

    /** Pins a technique for a client as their therapist would; for demo history only. */
    public void pinHistorical(
            PracticeId practice, UserId client, UserId therapist, String techniqueId, String note, Instant at) {
        recorder.pinHistorical(practice, client, therapist, techniqueId, note, at);
    }
}

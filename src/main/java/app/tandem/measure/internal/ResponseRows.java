package app.tandem.measure.internal;

import app.tandem.measure.Instrument;
import app.tandem.measure.MeasureResponse.Status;
import app.tandem.measure.Score;
import app.tandem.shared.PracticeId;
import app.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;

/** Builds the stored row of a response from its score: drafts keep no score columns, complete responses all of them. */
final class ResponseRows {

    private ResponseRows() {}

    static ResponseRepository.Row row(
            UUID id,
            PracticeId practice,
            UserId client,
            Instrument instrument,
            Score score,
            boolean complete,
            Instant startedAt,
            Instant updatedAt,
            Instant completedAt,
            UUID supersedes,
            String reason,
            UUID assignment) {
        return new ResponseRepository.Row(
                id,
                practice,
                client,
                instrument.code(),
                instrument.version(),
                complete ? Status.COMPLETE : Status.DRAFT,
                complete ? score.total() : null,
                complete ? score.percentage() : null,
                complete && score.band() != null ? score.band().code() : null,
                complete ? score.count() : null,
                complete ? score.screenPositive() : null,
                startedAt,
                updatedAt,
                completedAt,
                supersedes,
                reason,
                assignment);
    }
}

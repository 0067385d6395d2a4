package app.tandem.measure.internal;

import app.tandem.measure.MeasureResponse;
import app.tandem.shared.UserId;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves each submission once per one-time token (form token or Idempotency-Key): a repeated submit, even one racing
 * the first, saves nothing and answers with the first response.
 */
@Component
class Submissions {

    private final ResponseRepository responses;
    private final TransactionTemplate transaction;

    Submissions(ResponseRepository responses, PlatformTransactionManager transactions) {
        this.responses = responses;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Runs a write in its own transaction. Two submits with one token can both pass the replay check; the second
     * then fails on the unique submission key, its transaction rolls back, and it answers with the first one's
     * response.
     */
    SaveResult once(UserId client, String token, Supplier<SaveResult> write) {
        try {
            return transaction.execute(s -> write.get());
        } catch (DataIntegrityViolationException raceOnToken) {
            return transaction
                    .execute(s -> bySubmission(client, token))
                    .map(SaveResult::replay)
                    .orElseThrow(() -> raceOnToken);
        }
    }

    /** A response that was already saved under this token or Idempotency-Key. */
    Optional<MeasureResponse> bySubmission(UserId client, String token) {
        return token == null
                ? Optional.empty()
                : responses.submission(client, token).flatMap(responses::find);
    }
}

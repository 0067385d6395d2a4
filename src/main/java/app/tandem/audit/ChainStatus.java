package app.tandem.audit;

import app.tandem.shared.PracticeId;
import java.time.Duration;
import java.time.Instant;

/**
 * The outcome of verifying one practice's audit chain. Only sealed rows are in the chain; rows still
 * waiting for the sealer are counted, not checked (ADR 0023).
 *
 * @param rowsChecked sealed rows whose links and hashes were checked (up to the first break)
 * @param headSeq the last sequence number the chain head claims
 * @param firstBreak null when the chain is intact
 * @param unsealedRows rows not sealed yet when the chain was checked
 * @param oldestUnsealedAt when the oldest of those was recorded; null when there are none
 */
public record ChainStatus(
        PracticeId practice,
        long rowsChecked,
        long headSeq,
        ChainBreak firstBreak,
        Instant checkedAt,
        long unsealedRows,
        Instant oldestUnsealedAt) {

    /** Rows waiting longer than this mean the sealer is not running: a health warning. */
    public static final Duration SEALING_LATE = Duration.ofMinutes(1);

    /** A status with no rows waiting to be sealed. */
    public ChainStatus(PracticeId practice, long rowsChecked, long headSeq, ChainBreak firstBreak, Instant checkedAt) {
        this(practice, rowsChecked, headSeq, firstBreak, checkedAt, 0, null);
    }

    public boolean intact() {
        return firstBreak == null;
    }

    /** How long the oldest unsealed row had waited when the chain was checked (zero when none). */
    public Duration oldestUnsealedAge() {
        return oldestUnsealedAt == null || oldestUnsealedAt.isAfter(checkedAt)
                ? Duration.ZERO
                : Duration.between(oldestUnsealedAt, checkedAt);
    }

    /** Whether some row had waited longer than {@link #SEALING_LATE} to be sealed. */
    public boolean sealingLate() {
        return oldestUnsealedAge().compareTo(SEALING_LATE) > 0;
    }

    /** The same outcome with the rows found waiting to be sealed. */
    public ChainStatus withUnsealed(long rows, Instant oldest) {
        return new ChainStatus(practice, rowsChecked, headSeq, firstBreak, checkedAt, rows, oldest);
    }

    /** One line for logs and the command line, without any personal data. */
    public String summary() {
        String unsealed = unsealedRows == 0
                ? ""
                : ", " + unsealedRows + " not sealed yet (oldest "
                        + oldestUnsealedAge().toSeconds() + " s"
                        + (sealingLate() ? ", LATE: is the sealer running?" : "") + ")";
        if (intact()) {
            return "practice " + practice + ": intact, " + rowsChecked + " rows checked" + unsealed;
        }
        return "practice " + practice + ": BROKEN at seq " + firstBreak.seq() + " ("
                + firstBreak.reason().name().toLowerCase().replace('_', ' ') + "), " + rowsChecked
                + " rows checked, head at seq " + headSeq + unsealed;
    }
}

package app.tandem.audit;

import app.tandem.shared.PracticeId;
import java.time.Instant;

/**
 * The outcome of verifying one practice's audit chain.
 *
 * @param rowsChecked rows whose links and hashes were checked (up to the first break)
 * @param headSeq the last sequence number the chain head claims
 * @param firstBreak null when the chain is intact
 */
public record ChainStatus(
        PracticeId practice, long rowsChecked, long headSeq, ChainBreak firstBreak, Instant checkedAt) {

    public boolean intact() {
        return firstBreak == null;
    }

    /** One line for logs and the command line, without any personal data. */
    public String summary() {
        if (intact()) {
            return "practice " + practice + ": intact, " + rowsChecked + " rows checked";
        }
        return "practice " + practice + ": BROKEN at seq " + firstBreak.seq() + " ("
                + firstBreak.reason().name().toLowerCase().replace('_', ' ') + "), " + rowsChecked
                + " rows checked, head at seq " + headSeq;
    }
}

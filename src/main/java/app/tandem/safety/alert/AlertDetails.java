package app.tandem.safety.alert;

import app.tandem.notification.EmailDelivery;
import app.tandem.safety.AlertView;
import java.time.Instant;
import java.util.List;

/** Everything the alert page shows: the alert, its signals and its whole chain with email delivery states. */
record AlertDetails(
        AlertView alert,
        String sourceReference,
        List<SignalRow> signals,
        List<ChainLine> chain,
        String acknowledgedByName,
        String outcomeReason,
        String outcomeNote) {

    /** One chain entry with names resolved and, for an email, where its delivery stands. */
    record ChainLine(
            Instant at,
            ChainKind kind,
            int step,
            String personName,
            String channel,
            String detail,
            EmailDelivery delivery) {

        public boolean isEmail() {
            return ChainEntry.EMAIL.equals(channel);
        }

        /** For a level change stored as {@code "LOW -> HIGH"}: the level before, else null. */
        public String fromLevel() {
            return kind == ChainKind.LEVEL_RAISED && detail != null && detail.contains("->")
                    ? detail.substring(0, detail.indexOf("->")).trim()
                    : null;
        }

        /** For a level change stored as {@code "LOW -> HIGH"}: the level after, else null. */
        public String toLevel() {
            return kind == ChainKind.LEVEL_RAISED && detail != null && detail.contains("->")
                    ? detail.substring(detail.indexOf("->") + 2).trim()
                    : null;
        }
    }

    /** Every reason of every signal, without repeats. */
    public List<String> reasons() {
        return signals.stream().flatMap(s -> s.reasons().stream()).distinct().toList();
    }
}

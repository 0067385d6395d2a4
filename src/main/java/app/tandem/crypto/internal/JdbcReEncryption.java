package app.tandem.crypto.internal;

import app.tandem.crypto.EncryptedColumn;
import app.tandem.crypto.FieldCipher;
import app.tandem.crypto.ReEncryption;
import app.tandem.crypto.ReEncryptionReport;
import app.tandem.crypto.UndecryptableValueException;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks each declared column in id order, a batch per transaction, and re-seals values under old
 * keys with the active key. The update only applies if the value is still the one read, so a user's
 * concurrent edit (or another node doing the same work) is never overwritten.
 */
final class JdbcReEncryption implements ReEncryption {

    static final int BATCH_SIZE = 200;
    private static final Logger log = LoggerFactory.getLogger(JdbcReEncryption.class);

    private final Supplier<List<EncryptedColumn>> columns;
    private final FieldCipher cipher;
    private final String activeKeyId;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    JdbcReEncryption(
            Supplier<List<EncryptedColumn>> columns,
            FieldCipher cipher,
            String activeKeyId,
            JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.columns = columns;
        this.cipher = cipher;
        this.activeKeyId = activeKeyId;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public ReEncryptionReport runOnce() {
        ReEncryptionReport total = ReEncryptionReport.EMPTY;
        for (EncryptedColumn column : columns.get().stream().distinct().toList()) {
            total = total.plus(reEncrypt(column));
        }
        if (total.reEncrypted() + total.undecryptable() + total.failedColumns() > 0) {
            log.info("Re-encryption to key {}: {}", activeKeyId, total);
        }
        return total;
    }

    private ReEncryptionReport reEncrypt(EncryptedColumn column) {
        ColumnStatements sql = ColumnStatements.of(column, BATCH_SIZE);
        String sealedWithActive = ColumnStatements.sealedWith(activeKeyId);
        Tally tally = new Tally();
        try {
            Object lastId = null;
            List<Row> batch;
            do {
                Object after = lastId;
                batch = transactions.execute(status -> reEncryptBatch(sql, sealedWithActive, after, tally));
                lastId = batch.isEmpty() ? lastId : batch.get(batch.size() - 1).id();
            } while (batch.size() == BATCH_SIZE);
        } catch (DataAccessException e) {
            log.warn(
                    "Re-encryption of {} stopped after {} values: {}",
                    column.qualifiedName(),
                    tally.reEncrypted,
                    e.getClass().getSimpleName());
            return tally.report(true);
        }
        if (tally.undecryptable > 0) {
            log.warn(
                    "{} values in {} cannot be decrypted with the configured keys",
                    tally.undecryptable,
                    column.qualifiedName());
        }
        return tally.report(false);
    }

    private List<Row> reEncryptBatch(ColumnStatements sql, String sealedWithActive, Object after, Tally tally) {
        var query = after == null
                ? jdbc.sql(sql.firstBatch()).param(sealedWithActive)
                : jdbc.sql(sql.nextBatch()).param(sealedWithActive).param(after);
        List<Row> rows = query.query((rs, n) -> new Row(rs.getObject(1), rs.getString(2)))
                .list();
        for (Row row : rows) {
            String resealed;
            try {
                resealed = cipher.encrypt(cipher.decrypt(row.value()));
            } catch (UndecryptableValueException e) {
                tally.undecryptable++;
                continue;
            }
            int updated = jdbc.sql(sql.update())
                    .param(resealed)
                    .param(row.id())
                    .param(row.value())
                    .update();
            if (updated == 1) {
                tally.reEncrypted++;
            } else {
                tally.changedConcurrently++;
            }
        }
        return rows;
    }

    private record Row(Object id, String value) {}

    private static final class Tally {
        int reEncrypted;
        int changedConcurrently;
        int undecryptable;

        ReEncryptionReport report(boolean failed) {
            return new ReEncryptionReport(1, reEncrypted, changedConcurrently, undecryptable, failed ? 1 : 0);
        }
    }
}

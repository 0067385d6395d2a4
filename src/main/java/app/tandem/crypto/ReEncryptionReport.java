package app.tandem.crypto;

/**
 * Outcome of one re-encryption pass.
 *
 * @param columns declared columns walked
 * @param reEncrypted values now sealed with the active key
 * @param changedConcurrently values left alone because they changed while being re-encrypted
 * @param undecryptable values that could not be decrypted (not encrypted, unknown key, altered)
 * @param failedColumns columns whose pass stopped on a database error
 */
public record ReEncryptionReport(
        int columns, int reEncrypted, int changedConcurrently, int undecryptable, int failedColumns) {

    public static final ReEncryptionReport EMPTY = new ReEncryptionReport(0, 0, 0, 0, 0);

    public ReEncryptionReport plus(ReEncryptionReport other) {
        return new ReEncryptionReport(
                columns + other.columns,
                reEncrypted + other.reEncrypted,
                changedConcurrently + other.changedConcurrently,
                undecryptable + other.undecryptable,
                failedColumns + other.failedColumns);
    }
}

package app.tandem.crypto;

/**
 * Re-encrypts every {@link EncryptedColumn} value sealed with a key other than the active one.
 * Runs on a schedule on one node at a time; safe to run on demand beside it.
 */
public interface ReEncryption {

    /** Walks every declared column once and returns what it did. */
    ReEncryptionReport runOnce();
}

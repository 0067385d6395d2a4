package app.tandem.crypto;

/**
 * A stored value could not be decrypted: it is not in the stored form, names a key this node does
 * not have, or was altered. Messages carry at most a key id, never plaintext or key material.
 */
public class UndecryptableValueException extends RuntimeException {

    private UndecryptableValueException(String message) {
        super(message);
    }

    public static UndecryptableValueException notEncrypted() {
        return new UndecryptableValueException("Value is not in the encrypted stored form");
    }

    public static UndecryptableValueException unsupportedVersion() {
        return new UndecryptableValueException("Encrypted value has an unsupported format version");
    }

    public static UndecryptableValueException malformed() {
        return new UndecryptableValueException("Encrypted value is malformed");
    }

    public static UndecryptableValueException unknownKey(String keyId) {
        return new UndecryptableValueException("Encrypted value names unknown key id '" + keyId + "'");
    }

    public static UndecryptableValueException tampered(String keyId) {
        return new UndecryptableValueException(
                "Encrypted value failed authentication with key id '" + keyId + "' (altered or wrong key)");
    }
}

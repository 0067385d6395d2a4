package app.tandem.crypto.internal;

import java.nio.file.Path;

/** The encryption keys are misconfigured; thrown at start-up. Names key ids, never key material. */
class KeyConfigurationException extends RuntimeException {

    private KeyConfigurationException(String message) {
        super(message);
    }

    private KeyConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }

    static KeyConfigurationException missingId(String source, int entry) {
        return new KeyConfigurationException(source + ": entry " + entry + " has no key id; expected id:base64key");
    }

    // The rejected id is not echoed: a swapped "key:id" entry would otherwise print the key.
    static KeyConfigurationException invalidId(String source, int entry) {
        return new KeyConfigurationException(
                source + ": entry " + entry + " has an invalid key id; use 1 to 32 characters of A-Z a-z 0-9 _ -");
    }

    static KeyConfigurationException duplicateId(String source, String keyId) {
        return new KeyConfigurationException(source + ": key id '" + keyId + "' appears more than once");
    }

    static KeyConfigurationException notBase64(String source, String keyId) {
        return new KeyConfigurationException(source + ": key '" + keyId + "' is not valid base64");
    }

    static KeyConfigurationException wrongLength(String source, String keyId, int bytes) {
        return new KeyConfigurationException(
                source + ": key '" + keyId + "' must decode to exactly 32 bytes (AES-256), not " + bytes);
    }

    static KeyConfigurationException noKeys(String source) {
        return new KeyConfigurationException(source + ": no keys defined");
    }

    static KeyConfigurationException noActiveLine(Path file) {
        return new KeyConfigurationException("Key file " + file + " has no 'active=<key id>' line");
    }

    static KeyConfigurationException unknownActive(String source, String keyId) {
        return new KeyConfigurationException(source + ": active key id '" + keyId + "' is not defined");
    }

    static KeyConfigurationException unreadable(Path file, Throwable cause) {
        return new KeyConfigurationException("Key file " + file + " cannot be read or created", cause);
    }
}

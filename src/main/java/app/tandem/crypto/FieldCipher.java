package app.tandem.crypto;

/**
 * Encrypts free text before it is stored and decrypts it after it is read. The stored form carries
 * the id of the key that sealed it, so old values stay readable after a key rotation.
 */
public interface FieldCipher {

    /** Returns the stored form of {@code plaintext} (null stays null). */
    String encrypt(String plaintext);

    /** Returns the plaintext of a stored value (null stays null). */
    String decrypt(String stored);
}

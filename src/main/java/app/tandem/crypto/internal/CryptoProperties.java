package app.tandem.crypto.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the encryption keys come from: {@code keys} ({@code id:base64,...}, first one active) or,
 * when that is empty, {@code key-file}; and how often values under old keys are re-encrypted.
 */
@ConfigurationProperties(prefix = "tandem.crypto")
record CryptoProperties(String keys, Path keyFile, Duration reEncryptionInterval) {

    CryptoProperties {
        if (reEncryptionInterval == null) {
            reEncryptionInterval = Duration.ofMinutes(10);
        }
    }

    boolean hasKeys() {
        return keys != null && !keys.isBlank();
    }

    // a record prints every component; the keys must never reach a log or an actuator page
    @Override
    public String toString() {
        return "CryptoProperties[keys=" + (hasKeys() ? "(set)" : "(empty)") + ", keyFile=" + keyFile
                + ", reEncryptionInterval=" + reEncryptionInterval + "]";
    }
}

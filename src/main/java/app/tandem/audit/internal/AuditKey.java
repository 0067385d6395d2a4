package app.tandem.audit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The secret that keys audit hashes and signs chain anchors, kept like the encryption keys: outside
 * the database, as {@code TANDEM_AUDIT_KEY} (base64, identical on every node) or in a file under the
 * data directory created on first start. Whoever can only write the database cannot re-hash a chain.
 */
@Component
public class AuditKey {

    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final SecretKeySpec key;

    @Autowired
    AuditKey(
            @Value("${tandem.audit.key:}") String configured,
            @Value("${tandem.audit.key-file:${tandem.data-dir}/audit.key}") String file) {
        this(StringUtils.hasText(configured) ? decode(configured.strip()) : loadOrCreate(Path.of(file)));
    }

    public AuditKey(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalStateException("The audit key must be at least 32 bytes (base64 of 32 random bytes)");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** HMAC-SHA256 of {@code data} under this key. */
    public byte[] mac(byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("TANDEM_AUDIT_KEY is not base64", e);
        }
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.writeString(
                            file,
                            Base64.getEncoder().encodeToString(fresh) + "\n",
                            StandardCharsets.UTF_8,
                            java.nio.file.StandardOpenOption.CREATE_NEW);
                    restrict(file);
                    log.warn(
                            "Generated a new audit key in {}. Back it up with the encryption keys: without it the "
                                    + "audit trail cannot be verified. Several nodes must share it (set TANDEM_AUDIT_KEY).",
                            file.toAbsolutePath());
                } catch (FileAlreadyExistsException createdMeanwhile) {
                    // another process won the race: use its key
                }
            }
            return decode(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the audit key file " + file, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            // e.g. Windows: rely on the directory's permissions
        }
    }
}

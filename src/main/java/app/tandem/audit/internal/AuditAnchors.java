package app.tandem.audit.internal;

import app.tandem.shared.PracticeId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Signed copies of each chain's head kept outside the database: a file per practice under the data
 * directory and a line in the log. Deleting the newest rows and moving the head back cannot be hidden
 * from a verification that compares against the anchor.
 */
@Component
public class AuditAnchors {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

    private final Path directory;
    private final AuditKey key;

    AuditAnchors(@Value("${tandem.audit.anchor-dir:${tandem.data-dir}/audit-anchors}") String directory, AuditKey key) {
        this.directory = Path.of(directory);
        this.key = key;
    }

    /** A head as anchored; {@code genuine} is false when the file's signature does not match. */
    public record Anchor(PracticeId practice, long seq, String hash, Instant at, boolean genuine) {}

    /** Writes (replaces) the practice's anchor and logs it. */
    public void write(PracticeId practice, ChainHead head, Instant at) {
        String body = practice + " " + head.lastSeq() + " " + head.lastHash() + " " + at;
        String line = body + " " + signature(body);
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "anchor", ".tmp");
            Files.writeString(temporary, line + "\n", StandardCharsets.UTF_8);
            Files.move(temporary, file(practice), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.error(
                    "Could not write the audit anchor of practice {} ({})",
                    practice,
                    e.getClass().getSimpleName());
            return;
        }
        log.info("Audit anchor: {}", line);
    }

    public Optional<Anchor> read(PracticeId practice) {
        Path file = file(practice);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            String[] parts =
                    Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            String body = String.join(" ", parts[0], parts[1], parts[2], parts[3]);
            boolean genuine = parts.length == 5
                    && parts[0].equals(practice.toString())
                    && signature(body).equals(parts[4]);
            return Optional.of(
                    new Anchor(practice, Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3]), genuine));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.of(new Anchor(practice, 0, "", Instant.EPOCH, false));
        }
    }

    private String signature(String body) {
        return HexFormat.of().formatHex(key.mac(("tandem-audit-anchor/1 " + body).getBytes(StandardCharsets.UTF_8)));
    }

    private Path file(PracticeId practice) {
        return directory.resolve(practice + ".anchor");
    }
}

package app.tandem.crypto.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keys kept in a properties file ({@code id=base64} lines and {@code active=id}), for installs that
 * configure no keys. Created with one fresh key on first start, readable by the owner only.
 */
final class KeyFile {

    static final String ACTIVE = "active";
    private static final Logger log = LoggerFactory.getLogger(KeyFile.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private KeyFile() {}

    /** Reads the key file, creating it with a new random key if it does not exist yet. */
    static KeyRing loadOrCreate(Path file, SecureRandom random, Clock clock) {
        if (Files.exists(file)) {
            return read(file);
        }
        try {
            create(file, random, clock);
        } catch (FileAlreadyExistsException createdMeanwhile) {
            // another process sharing this file won the race: use its key, never overwrite it
            return read(file);
        } catch (IOException e) {
            throw KeyConfigurationException.unreadable(file, e);
        }
        log.warn(
                "Generated a new encryption key in {}. Back this file up: without it, encrypted data "
                        + "cannot be read. Several nodes must share the same keys (set TANDEM_CRYPTO_KEYS).",
                file.toAbsolutePath());
        return read(file);
    }

    static KeyRing read(Path file) {
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException e) {
            throw KeyConfigurationException.unreadable(file, e);
        }
        warnIfReadableByOthers(file);
        String active = props.getProperty(ACTIVE);
        if (active == null || active.isBlank()) {
            throw KeyConfigurationException.noActiveLine(file);
        }
        Map<String, String> keys = new LinkedHashMap<>();
        props.stringPropertyNames().stream()
                .filter(name -> !name.equals(ACTIVE))
                .sorted()
                .forEach(name -> keys.put(name, props.getProperty(name)));
        return KeyRing.of(active.strip(), keys, "Key file " + file);
    }

    private static void create(Path file, SecureRandom random, Clock clock) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        byte[] key = new byte[KeyRing.KEY_BYTES];
        random.nextBytes(key);
        String id = "k" + LocalDate.now(clock).format(DateTimeFormatter.BASIC_ISO_DATE);
        String content =
                "# Tandem field-encryption keys. BACK THIS FILE UP: without it encrypted data cannot be read.\n"
                        + "# <key id>=<base64 of 32 random bytes>; 'active' names the key used for new writes.\n"
                        + "# To rotate: add a new key, point 'active' at it, keep the old ones until re-encryption is done.\n"
                        + ACTIVE + "=" + id + "\n"
                        + id + "=" + Base64.getEncoder().encodeToString(key) + "\n";
        // CREATE_NEW: two processes starting together never overwrite each other's key
        try (FileChannel channel = FileChannel.open(
                file, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), ownerOnly(file))) {
            channel.write(ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path file) {
        return supportsPosix(file)
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }

    private static void warnIfReadableByOthers(Path file) {
        if (!supportsPosix(file)) {
            return;
        }
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            if (!OWNER_ONLY.containsAll(permissions)) {
                log.warn("Key file {} is accessible to other users; restrict it with chmod 600", file.toAbsolutePath());
            }
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("Could not check permissions of {}", file, e);
        }
    }

    private static boolean supportsPosix(Path file) {
        return file.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}

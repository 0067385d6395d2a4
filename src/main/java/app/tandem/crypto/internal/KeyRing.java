package app.tandem.crypto.internal;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The AES-256 keys this node knows, by id, and which one seals new values. Prints ids only. */
final class KeyRing {

    static final int KEY_BYTES = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String activeId;
    private final Map<String, SecretKey> keys;

    private KeyRing(String activeId, Map<String, SecretKey> keys, String source) {
        if (keys.isEmpty()) {
            throw KeyConfigurationException.noKeys(source);
        }
        if (!keys.containsKey(activeId)) {
            throw KeyConfigurationException.unknownActive(source, activeId);
        }
        this.activeId = activeId;
        this.keys = Collections.unmodifiableMap(new LinkedHashMap<>(keys));
    }

    /** Parses {@code id:base64,id:base64}; the first entry is the active key. */
    static KeyRing parse(String spec) {
        String source = "tandem.crypto.keys";
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        String[] entries = spec == null ? new String[0] : spec.split(",");
        int entryNumber = 0;
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            entryNumber++;
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw KeyConfigurationException.missingId(source, entryNumber);
            }
            String id = entry.substring(0, colon).strip();
            add(keys, source, entryNumber, id, entry.substring(colon + 1).strip());
        }
        String active = keys.isEmpty() ? null : keys.keySet().iterator().next();
        return new KeyRing(active, keys, source);
    }

    /** A ring from already-read entries (e.g. a key file); {@code activeId} must be among them. */
    static KeyRing of(String activeId, Map<String, String> base64KeysById, String source) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        int entryNumber = 0;
        for (Map.Entry<String, String> e : base64KeysById.entrySet()) {
            add(keys, source, ++entryNumber, e.getKey().strip(), e.getValue().strip());
        }
        return new KeyRing(activeId, keys, source);
    }

    private static void add(Map<String, SecretKey> keys, String source, int entry, String id, String base64) {
        if (!isValidId(id)) {
            throw KeyConfigurationException.invalidId(source, entry);
        }
        if (keys.containsKey(id)) {
            throw KeyConfigurationException.duplicateId(source, id);
        }
        keys.put(id, decode(source, id, base64));
    }

    private static SecretKey decode(String source, String id, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notStandard) {
            try {
                bytes = Base64.getUrlDecoder().decode(base64);
            } catch (IllegalArgumentException notUrlSafe) {
                throw KeyConfigurationException.notBase64(source, id);
            }
        }
        if (bytes.length != KEY_BYTES) {
            throw KeyConfigurationException.wrongLength(source, id, bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    static boolean isValidId(String id) {
        return id != null && KEY_ID.matcher(id).matches();
    }

    /** The same keys with another one active, e.g. to write values as an older node would. */
    KeyRing withActive(String id) {
        return new KeyRing(id, keys, "key ring");
    }

    String activeId() {
        return activeId;
    }

    SecretKey activeKey() {
        return keys.get(activeId);
    }

    Optional<SecretKey> find(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    Set<String> ids() {
        return keys.keySet();
    }

    @Override
    public String toString() {
        return "KeyRing[active=" + activeId + ", ids=" + keys.keySet() + "]";
    }
}

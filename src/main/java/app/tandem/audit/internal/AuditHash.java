package app.tandem.audit.internal;

import app.tandem.shared.PracticeId;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of an audit event: lower-case hex SHA-256 over a canonical encoding of every field and the
 * previous event's hash.
 *
 * <p>Encoding (version 1): a sequence of netstrings. Each field is written as
 * {@code <length>:<value>,} where {@code <length>} is the decimal count of the value's UTF-8 bytes;
 * a null field is written as {@code -,} (a length never starts with '-', so null and "" differ). The
 * fields, in this order: the tag {@code tandem-audit/1}, practice_id, seq, occurred_at, actor_id,
 * actor_role, client_id, action, what, request_id, remote_addr, prev_hash. UUIDs are their lower-case
 * 36-character form, seq is decimal, occurred_at is the decimal count of microseconds since
 * 1970-01-01T00:00Z. Length prefixes make the encoding unambiguous: no two different field lists
 * encode to the same bytes.
 */
public final class AuditHash {

    /** The prev_hash of a chain's first event. */
    public static final String GENESIS = "0".repeat(64);

    static final String TAG = "tandem-audit/1";
    static final String KEYED_TAG = "tandem-audit/2";

    /** Version 1: SHA-256, for rows written before chains were keyed. */
    public static final int PLAIN = 1;

    /** Version 2: HMAC-SHA256 under the {@link AuditKey}, over the same encoding tagged {@code tandem-audit/2}. */
    public static final int KEYED = 2;

    private AuditHash() {}

    public static String of(PracticeId practice, long seq, AuditFacts facts, String prevHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(encode(practice, seq, facts, prevHash));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The version-2 hash: a MAC nobody without the audit key can compute. */
    public static String keyed(AuditKey key, PracticeId practice, long seq, AuditFacts facts, String prevHash) {
        return HexFormat.of().formatHex(key.mac(encode(KEYED_TAG, practice, seq, facts, prevHash)));
    }

    static byte[] encode(PracticeId practice, long seq, AuditFacts facts, String prevHash) {
        return encode(TAG, practice, seq, facts, prevHash);
    }

    static byte[] encode(String tag, PracticeId practice, long seq, AuditFacts facts, String prevHash) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        field(out, tag);
        field(out, practice.value().toString());
        field(out, Long.toString(seq));
        field(out, Long.toString(epochMicros(facts.occurredAt())));
        field(out, facts.actorId() == null ? null : facts.actorId().value().toString());
        field(out, facts.actorRole());
        field(out, facts.clientId().value().toString());
        field(out, facts.action().name());
        field(out, facts.what());
        field(out, facts.requestId());
        field(out, facts.remoteAddr());
        field(out, prevHash);
        return out.toByteArray();
    }

    static long epochMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static void field(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.writeBytes("-,".getBytes(StandardCharsets.US_ASCII));
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
        out.write(',');
    }
}

package app.tandem.notification.internal;

import app.tandem.crypto.FieldCipher;
import app.tandem.shared.web.PublicAddress;
import java.math.BigInteger;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This server's VAPID key pair (RFC 8292, P-256): generated on first start and kept in the database with the private
 * key encrypted by the crypto keys, so every node uses the same pair and a database backup alone cannot push. Signs
 * the {@code Authorization: vapid t=..., k=...} header: a JWT (ES256) whose {@code aud} is the push service's origin,
 * valid 12 hours, reused for an hour per origin.
 */
@Component
public class VapidKeys implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(VapidKeys.class);
    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Duration VALIDITY = Duration.ofHours(12);
    private static final Duration REUSE = Duration.ofHours(1);

    private final PushSubscriptionRepository repository;
    private final FieldCipher cipher;
    private final Clock clock;
    private final String subject;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();
    private volatile Pair pair;

    VapidKeys(
            PushSubscriptionRepository repository,
            FieldCipher cipher,
            Clock clock,
            PushProperties properties,
            PublicAddress address,
            @Value("${tandem.mail.from:}") String mailFrom) {
        this.repository = repository;
        this.cipher = cipher;
        this.clock = clock;
        this.subject = subject(properties.subject(), address.base(), mailFrom);
    }

    private record Pair(String publicKey, ECPrivateKey privateKey) {}

    private record Token(String header, Instant createdAt) {}

    /** Generates the pair on first start, so the public key is there before the first page asks for it. */
    @Override
    public void afterSingletonsInstantiated() {
        pair();
    }

    /** The public key as browsers take it ({@code applicationServerKey}): base64url of the uncompressed point. */
    public String publicKey() {
        return pair().publicKey();
    }

    /** The contact push services see ({@code sub}). */
    String subject() {
        return subject;
    }

    /** The {@code Authorization} header for a request to {@code endpoint}. */
    String authorization(URI endpoint) {
        String audience = origin(endpoint);
        Instant now = clock.instant();
        Token token = tokens.get(audience);
        if (token == null
                || token.createdAt().plus(REUSE).isBefore(now)
                || token.createdAt().isAfter(now)) {
            token = new Token("vapid t=" + jwt(audience, now) + ", k=" + publicKey(), now);
            tokens.put(audience, token);
        }
        return token.header();
    }

    /** scheme://host[:port], the port only when it is not the scheme's default (RFC 6454). */
    static String origin(URI endpoint) {
        String scheme = endpoint.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = endpoint.getPort();
        boolean defaultPort =
                port == -1 || (scheme.equals("https") && port == 443) || (scheme.equals("http") && port == 80);
        return scheme + "://" + endpoint.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    private String jwt(String audience, Instant now) {
        String header = B64URL.encodeToString("{\"typ\":\"JWT\",\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
        String claims = "{\"aud\":\"" + json(audience) + "\",\"exp\":"
                + now.plus(VALIDITY).getEpochSecond() + ",\"sub\":\"" + json(subject) + "\"}";
        String signingInput = header + "." + B64URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initSign(pair().privateKey());
            es256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(es256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the VAPID token", e);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private Pair pair() {
        Pair current = pair;
        if (current == null) {
            synchronized (this) {
                if (pair == null) {
                    pair = loadOrCreate();
                }
                current = pair;
            }
        }
        return current;
    }

    private Pair loadOrCreate() {
        var stored = repository.vapidKey();
        if (stored.isEmpty()) {
            Pair created = generate();
            if (repository.insertVapidKey(
                    created.publicKey(), cipher.encrypt(encodePrivate(created.privateKey())), clock.instant())) {
                log.info("Generated the VAPID key pair for Web Push (public key {})", created.publicKey());
                return created;
            }
            // another node stored one first: use that one, as every node must
            stored = repository.vapidKey();
        }
        var row = stored.orElseThrow(() -> new IllegalStateException("The VAPID key row disappeared"));
        Pair loaded = new Pair(row.publicKey(), decodePrivate(cipher.decrypt(row.privateKey())));
        log.info("Web Push ready: VAPID public key {}", loaded.publicKey());
        return loaded;
    }

    private static Pair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            return new Pair(encodePublic((ECPublicKey) keys.getPublic()), (ECPrivateKey) keys.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot generate a P-256 key pair", e);
        }
    }

    static String encodePublic(ECPublicKey key) {
        ECPoint w = key.getW();
        byte[] point = new byte[65];
        point[0] = 0x04;
        System.arraycopy(fixed(w.getAffineX()), 0, point, 1, 32);
        System.arraycopy(fixed(w.getAffineY()), 0, point, 33, 32);
        return B64URL.encodeToString(point);
    }

    private static String encodePrivate(ECPrivateKey key) {
        return B64URL.encodeToString(fixed(key.getS()));
    }

    private static ECPrivateKey decodePrivate(String base64url) {
        try {
            BigInteger s = new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(s, p256()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The stored VAPID private key cannot be read", e);
        }
    }

    /** A P-256 public key from its uncompressed point (65 bytes, 0x04 || X || Y). */
    static ECPublicKey decodePublic(byte[] point) throws GeneralSecurityException {
        if (point.length != 65 || point[0] != 0x04) {
            throw new java.security.spec.InvalidKeySpecException("Not an uncompressed P-256 point");
        }
        ECPoint w = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, p256()));
    }

    static ECParameterSpec p256() throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        return parameters.getParameterSpec(ECParameterSpec.class);
    }

    /** An unsigned big-endian integer in exactly 32 bytes. */
    private static byte[] fixed(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }

    static String subject(String configured, String baseUrl, String mailFrom) {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (baseUrl != null && baseUrl.startsWith("https://")) {
            return baseUrl;
        }
        String from = mailFrom == null ? "" : mailFrom.strip();
        int open = from.indexOf('<');
        int close = from.indexOf('>');
        String address = open >= 0 && close > open ? from.substring(open + 1, close) : from;
        return address.contains("@") ? "mailto:" + address.strip() : "mailto:no-reply@tandem.local";
    }
}

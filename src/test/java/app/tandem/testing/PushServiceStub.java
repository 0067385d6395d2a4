package app.tandem.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A push service on this computer (JDK HttpServer on 127.0.0.1): records each request and answers with the statuses
 * a test queued per path (201 when none is queued). {@link Device} is a browser's side of a subscription: its keys
 * and the RFC 8291 decryption of an {@code aes128gcm} body, written here independently of the server's code.
 */
public final class PushServiceStub implements AutoCloseable {

    /** One request as the push service saw it. */
    public record Received(String path, Map<String, String> headers, byte[] body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, ConcurrentLinkedQueue<int[]>> answers = new ConcurrentHashMap<>();

    public PushServiceStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> headers = new ConcurrentHashMap<>();
            exchange.getRequestHeaders()
                    .forEach((name, values) -> headers.put(name.toLowerCase(java.util.Locale.ROOT), values.get(0)));
            String path = exchange.getRequestURI().getPath();
            received.add(new Received(path, headers, body));
            int[] answer =
                    answers.getOrDefault(path, new ConcurrentLinkedQueue<>()).poll();
            int status = answer == null ? 201 : answer[0];
            if (answer != null && answer.length > 1) {
                exchange.getResponseHeaders().add("Retry-After", Integer.toString(answer[1]));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    /** The endpoint of a subscription at {@code path} (e.g. {@code /push/abc}). */
    public String endpoint(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The next request to {@code path} is answered {@code status} (with {@code Retry-After} seconds if given). */
    public void answer(String path, int status, int... retryAfterSeconds) {
        int[] answer = retryAfterSeconds.length == 0 ? new int[] {status} : new int[] {status, retryAfterSeconds[0]};
        answers.computeIfAbsent(path, p -> new ConcurrentLinkedQueue<>()).add(answer);
    }

    public List<Received> received() {
        return new ArrayList<>(received);
    }

    public List<Received> receivedAt(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A browser's subscription keys (P-256 key pair and 16-byte auth secret) and how it reads a push. */
    public static final class Device {

        private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
        private final KeyPair keys;
        private final byte[] auth = new byte[16];

        public Device() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
                generator.initialize(new ECGenParameterSpec("secp256r1"));
                keys = generator.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
            new SecureRandom().nextBytes(auth);
        }

        public String p256dh() {
            return B64URL.encodeToString(point((ECPublicKey) keys.getPublic()));
        }

        public String auth() {
            return B64URL.encodeToString(auth);
        }

        /** The plaintext of an {@code aes128gcm} body (RFC 8188 header, RFC 8291 keys), padding removed. */
        public String decrypt(byte[] body) throws GeneralSecurityException {
            ByteBuffer in = ByteBuffer.wrap(body);
            byte[] salt = new byte[16];
            in.get(salt);
            int recordSize = in.getInt();
            byte[] senderKey = new byte[in.get() & 0xff];
            in.get(senderKey);
            byte[] ciphertext = new byte[in.remaining()];
            in.get(ciphertext);
            if (ciphertext.length > recordSize) {
                throw new GeneralSecurityException("more than one record");
            }
            KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
            ecdh.init(keys.getPrivate());
            ecdh.doPhase(publicKey(senderKey), true);
            byte[] secret = ecdh.generateSecret();
            byte[] keyInfo = concat(
                    "WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
                    point((ECPublicKey) keys.getPublic()),
                    senderKey);
            byte[] ikm = hmac(hmac(auth, secret), concat(keyInfo, new byte[] {1}));
            byte[] prk = hmac(salt, ikm);
            byte[] cek = Arrays.copyOf(
                    hmac(prk, concat("Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1
                    })),
                    16);
            byte[] nonce = Arrays.copyOf(
                    hmac(prk, concat("Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), new byte[] {1})),
                    12);
            Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
            byte[] padded = aes.doFinal(ciphertext);
            int end = padded.length - 1;
            while (end >= 0 && padded[end] == 0) {
                end--;
            }
            if (end < 0 || padded[end] != 2) {
                throw new GeneralSecurityException("no last-record delimiter");
            }
            return new String(padded, 0, end, StandardCharsets.UTF_8);
        }

        private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }

        private static byte[] concat(byte[]... parts) {
            int length = 0;
            for (byte[] p : parts) {
                length += p.length;
            }
            ByteBuffer out = ByteBuffer.allocate(length);
            for (byte[] p : parts) {
                out.put(p);
            }
            return out.array();
        }
    }

    /** The uncompressed point of a P-256 public key: 0x04, X, Y (32 bytes each). */
    public static byte[] point(ECPublicKey key) {
        byte[] out = new byte[65];
        out[0] = 4;
        System.arraycopy(fixed(key.getW().getAffineX()), 0, out, 1, 32);
        System.arraycopy(fixed(key.getW().getAffineY()), 0, out, 33, 32);
        return out;
    }

    /** A P-256 public key from its uncompressed point. */
    public static PublicKey publicKey(byte[] point) throws GeneralSecurityException {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECParameterSpec p256 = parameters.getParameterSpec(ECParameterSpec.class);
        ECPoint w = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, p256));
    }

    private static byte[] fixed(BigInteger value) {
        byte[] raw = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - copy, out, 32 - copy, copy);
        return out;
    }
}

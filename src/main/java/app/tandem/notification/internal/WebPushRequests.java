package app.tandem.notification.internal;

import java.net.URI;
import java.net.http.HttpRequest;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Security;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import nl.martijndwars.webpush.Encoding;
import nl.martijndwars.webpush.HttpEce;
import nl.martijndwars.webpush.Utils;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.interfaces.ECPublicKey;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.stereotype.Component;

/**
 * Builds the HTTP request of one push (RFC 8030): the payload encrypted for the subscription with {@code aes128gcm}
 * (RFC 8291, by the web-push library's {@link HttpEce}: a fresh ECDH key pair and salt per message) and signed for
 * this server with VAPID (RFC 8292, {@link VapidKeys}).
 */
@Component
class WebPushRequests {

    private static final String KEY_ID = "server-key-id";
    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

    static {
        // the library asks the JCA for "BC" by name; registered last, so no other lookup changes
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private final VapidKeys vapid;
    private final PushProperties properties;
    private final SecureRandom random = new SecureRandom();

    WebPushRequests(VapidKeys vapid, PushProperties properties) {
        this.vapid = vapid;
        this.properties = properties;
    }

    HttpRequest build(String endpoint, String p256dh, String auth, byte[] payload, String urgency)
            throws GeneralSecurityException {
        URI uri = URI.create(endpoint);
        return HttpRequest.newBuilder(uri)
                .timeout(properties.timeout())
                .header("TTL", Long.toString(properties.ttl().toSeconds()))
                .header("Urgency", urgency)
                .header("Content-Type", "application/octet-stream")
                .header("Content-Encoding", "aes128gcm")
                .header("Authorization", vapid.authorization(uri))
                .POST(HttpRequest.BodyPublishers.ofByteArray(encrypt(payload, p256dh, auth)))
                .build();
    }

    /** The {@code aes128gcm} body: header (salt, record size, this message's public key) and the one record. */
    byte[] encrypt(byte[] payload, String p256dh, String auth) throws GeneralSecurityException {
        ECPublicKey receiver = (ECPublicKey) Utils.loadPublicKey(B64URL.decode(p256dh));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("ECDH", BouncyCastleProvider.PROVIDER_NAME);
        generator.initialize(ECNamedCurveTable.getParameterSpec("prime256v1"), random);
        KeyPair local = generator.generateKeyPair();
        Map<String, KeyPair> keys = new HashMap<>();
        keys.put(KEY_ID, local);
        Map<String, String> labels = new HashMap<>();
        labels.put(KEY_ID, "P-256");
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new HttpEce(keys, labels)
                .encrypt(payload, salt, null, KEY_ID, receiver, B64URL.decode(auth), Encoding.AES128GCM);
    }
}

package app.tandem.notification.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.springframework.stereotype.Component;

/**
 * What a subscription must look like before it is stored. The server will POST to the endpoint, so it must be https
 * on a known push service ({@code tandem.push.endpoint-hosts}; loopback only when {@code tandem.push.allow-loopback}
 * is on, for tests); the keys must be what browsers send: base64url of a P-256 point (65 bytes) and of 16 bytes.
 */
@Component
class PushSubscriptionPolicy {

    static final int MAX_ENDPOINT = 1000;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+={0,2}");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final PushProperties properties;

    PushSubscriptionPolicy(PushProperties properties) {
        this.properties = properties;
    }

    /** A checked subscription: the keys without padding, as stored. */
    record Checked(String endpoint, String p256dh, String auth) {}

    Checked check(String endpoint, String p256dh, String auth) {
        return new Checked(checkEndpoint(endpoint), checkP256dh(p256dh), checkAuth(auth));
    }

    String checkEndpoint(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            throw new InvalidPushSubscriptionException("endpoint", "is required");
        }
        if (endpoint.length() > MAX_ENDPOINT) {
            throw new InvalidPushSubscriptionException("endpoint", "is longer than " + MAX_ENDPOINT + " characters");
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new InvalidPushSubscriptionException("endpoint", "is not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty() || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidPushSubscriptionException("endpoint", "is not a push service URL");
        }
        boolean loopback = properties.allowLoopback()
                && (scheme.equals("http") || scheme.equals("https"))
                && LOOPBACK.contains(host);
        if (loopback) {
            return endpoint;
        }
        if (!scheme.equals("https")) {
            throw new InvalidPushSubscriptionException("endpoint", "must be an https URL");
        }
        boolean known = properties.endpointHosts().stream()
                .map(h -> h.toLowerCase(Locale.ROOT))
                .anyMatch(h -> host.equals(h) || host.endsWith("." + h));
        if (!known) {
            throw new InvalidPushSubscriptionException("endpoint", "is not on a push service this server sends to");
        }
        return endpoint;
    }

    static String checkP256dh(String p256dh) {
        byte[] point = decode("keys.p256dh", p256dh, 65);
        try {
            ECNamedCurveTable.getParameterSpec("prime256v1").getCurve().decodePoint(point);
        } catch (IllegalArgumentException e) {
            throw new InvalidPushSubscriptionException("keys.p256dh", "is not a P-256 public key");
        }
        return strip(p256dh);
    }

    static String checkAuth(String auth) {
        decode("keys.auth", auth, 16);
        return strip(auth);
    }

    private static byte[] decode(String field, String value, int length) {
        if (value == null || value.isBlank()) {
            throw new InvalidPushSubscriptionException(field, "is required");
        }
        if (!BASE64URL.matcher(value).matches()) {
            throw new InvalidPushSubscriptionException(field, "is not base64url");
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(strip(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidPushSubscriptionException(field, "is not base64url");
        }
        if (bytes.length != length) {
            throw new InvalidPushSubscriptionException(field, "must be " + length + " bytes");
        }
        return bytes;
    }

    private static String strip(String base64url) {
        int end = base64url.length();
        while (end > 0 && base64url.charAt(end - 1) == '=') {
            end--;
        }
        return base64url.substring(0, end);
    }
}

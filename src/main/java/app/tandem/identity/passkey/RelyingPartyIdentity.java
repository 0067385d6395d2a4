package app.tandem.identity.passkey;

import java.net.URI;
import java.util.List;
import java.util.Set;

/** The relying party id, name and allowed origins in effect: configured, or derived from the base URL. */
record RelyingPartyIdentity(String id, String name, Set<String> origins) {

    static RelyingPartyIdentity of(String rpId, String rpName, List<String> allowedOrigins, String baseUrl) {
        URI base = URI.create(baseUrl);
        String id = rpId == null || rpId.isBlank() ? base.getHost() : rpId.trim();
        Set<String> configured = allowedOrigins == null
                ? Set.of()
                : Set.copyOf(allowedOrigins.stream()
                        .map(String::trim)
                        .filter(o -> !o.isEmpty())
                        .toList());
        return new RelyingPartyIdentity(id, rpName, configured.isEmpty() ? Set.of(originOf(base)) : configured);
    }

    /** Scheme, host and port (when not the default), without path: what a browser sends as the origin. */
    static String originOf(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}

package app.tandem.identity.passkey;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who Tandem is to a passkey ({@code tandem.passkeys.*}): the relying party id (a domain; passkeys made for
 * it work on it and its subdomains), the name authenticators show, and the origins sign-in may come from.
 * An empty id or empty origins are taken from {@code tandem.base-url}.
 */
@ConfigurationProperties("tandem.passkeys")
record PasskeyProperties(
        String rpId, @DefaultValue("Tandem") String rpName, List<String> allowedOrigins) {}

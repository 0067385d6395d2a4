package app.tandem.identity.token;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a node trusts a bearer token it has already checked ({@code tandem.api-tokens.principal-cache-ttl})
 * and how many tokens it remembers at most ({@code tandem.api-tokens.principal-cache-size}).
 */
@ConfigurationProperties("tandem.api-tokens")
record ApiTokenCacheProperties(
        @DefaultValue("5s") Duration principalCacheTtl,
        @DefaultValue("10000") int principalCacheSize) {}

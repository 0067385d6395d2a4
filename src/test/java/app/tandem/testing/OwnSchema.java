package app.tandem.testing;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * On a shared PostgreSQL test database every other cached test context runs dispatchers that would take a test's
 * outbox rows; a context that drives a dispatcher itself gets a schema of its own there. On H2 every context has
 * its own database already, and this does nothing.
 */
public final class OwnSchema {

    private OwnSchema() {}

    public static void register(DynamicPropertyRegistry registry, String prefix) {
        String shared = System.getenv("TANDEM_TEST_DB_URL");
        if (shared != null && shared.startsWith("jdbc:postgresql:")) {
            String schema =
                    prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            registry.add(
                    "spring.datasource.url",
                    () -> shared + (shared.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            registry.add("spring.flyway.default-schema", () -> schema);
            registry.add("spring.flyway.schemas", () -> schema);
            registry.add("spring.flyway.create-schemas", () -> "true");
        }
    }
}

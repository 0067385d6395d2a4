package app.tandem.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

class BindAddressTest {

    static final String H2 = "jdbc:h2:file:./data/tandem;MODE=PostgreSQL";

    @Test
    void theEmbeddedDefaultListensOnLoopbackOnly() {
        assertThat(addressWith(new MockEnvironment().withProperty("spring.datasource.url", H2)))
                .isEqualTo(InetAddress.getLoopbackAddress());
    }

    @Test
    void aConfiguredAddressOpensItToTheNetwork() throws Exception {
        assertThat(addressWith(new MockEnvironment()
                        .withProperty("spring.datasource.url", H2)
                        .withProperty("tandem.address", "0.0.0.0")))
                .isEqualTo(InetAddress.getByName("0.0.0.0"));
        assertThat(addressWith(new MockEnvironment()
                        .withProperty("spring.datasource.url", H2)
                        .withProperty("server.address", "0.0.0.0")))
                .isNull();
    }

    @Test
    void aServerDatabaseListensEverywhereByDefault() {
        assertThat(addressWith(
                        new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db/tandem")))
                .isNull();
    }

    private static InetAddress addressWith(MockEnvironment environment) {
        TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
        new BindAddress(environment).customize(factory);
        return factory.getAddress();
    }
}

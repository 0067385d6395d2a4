package app.tandem.site;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Where the web server listens. The two-command start (embedded database, development mailbox)
 * listens on {@code 127.0.0.1} only, so nobody else on a shared network can reach it; an address given
 * as {@code TANDEM_ADDRESS} (or {@code server.address}) wins, and any other database listens everywhere.
 */
@Component
class BindAddress implements WebServerFactoryCustomizer<ConfigurableWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(BindAddress.class);

    private final Environment environment;

    BindAddress(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void customize(ConfigurableWebServerFactory factory) {
        String configured = environment.getProperty("tandem.address", "");
        if (StringUtils.hasText(configured)) {
            factory.setAddress(parse(configured));
        } else if (!StringUtils.hasText(environment.getProperty("server.address"))
                && environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:")) {
            factory.setAddress(InetAddress.getLoopbackAddress());
            log.info("Embedded database: listening on 127.0.0.1 only; set TANDEM_ADDRESS=0.0.0.0 to open it "
                    + "to the network (then configure a real SMTP server)");
        }
    }

    private static InetAddress parse(String address) {
        try {
            return InetAddress.getByName(address.trim());
        } catch (UnknownHostException e) {
            throw new IllegalStateException("TANDEM_ADDRESS is not an address this computer has: " + address, e);
        }
    }

    @Override
    public int getOrder() {
        // after Boot's own customizer, which applies server.address
        return Ordered.LOWEST_PRECEDENCE;
    }
}

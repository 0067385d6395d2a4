package app.tandem.audit;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar tandem.jar audit-verify [--spring.datasource.url=...]}: verifies every practice's
 * audit chain against the configured database without starting the web server or the scheduler,
 * prints one line per practice and exits 0 when all are intact, 1 when any is broken. It verifies sealed
 * rows and only counts the rows still waiting for the sealer (it never seals: it writes nothing but its
 * verification record).
 */
public final class AuditVerifyCommand {

    public static final String MODE = "audit-verify";

    /** No scheduled work may run in a verification process. */
    private static final String[] QUIET = {"--db-scheduler.enabled=false"};

    private AuditVerifyCommand() {}

    /**
     * Runs the mode; {@code args[0]} is the mode name, the rest are ordinary Spring Boot arguments.
     * The application class is passed in so this module does not depend on the root package.
     */
    public static int run(Class<?> application, String[] args) {
        return run(application, args, System.out);
    }

    static int run(Class<?> application, String[] args, PrintStream out) {
        String[] given = args.length > 0 && MODE.equals(args[0]) ? Arrays.copyOfRange(args, 1, args.length) : args;
        // As command-line arguments, these outrank application.yml (default properties would not).
        String[] springArgs =
                Stream.concat(Stream.of(QUIET), Arrays.stream(given)).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .run(springArgs)) {
            List<ChainStatus> results = context.getBean(AuditVerification.class).verifyAll();
            if (results.isEmpty()) {
                out.println("No audit chains yet: nothing to verify.");
            }
            results.forEach(status -> out.println(status.summary()));
            boolean intact = results.stream().allMatch(ChainStatus::intact);
            out.println(intact ? "All audit chains intact." : "AUDIT CHAINS BROKEN: see the lines above.");
            if (results.stream().anyMatch(ChainStatus::sealingLate)) {
                // Not a break (exit code unchanged): the rows are there but the chain proves nothing about them yet.
                out.println(
                        "WARNING: audit rows have waited over a minute to be sealed: is the audit-seal task running?");
            }
            return intact ? 0 : 1;
        }
    }
}

package app.tandem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** Starts Tandem, or runs one of its command-line modes without starting the web server. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "Tandem", sharedModules = "shared")
public class TandemApplication {

    public static void main(String[] args) {
        if (args.length > 0 && CommandLineModes.handles(args[0])) {
            System.exit(CommandLineModes.run(args));
        }
        SpringApplication.run(TandemApplication.class, args);
    }
}

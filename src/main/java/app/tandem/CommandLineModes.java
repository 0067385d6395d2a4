package app.tandem;

import app.tandem.audit.AuditVerifyCommand;
import app.tandem.screening.ScreeningCommand;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Command-line modes of {@code java -jar tandem.jar MODE ...}: {@code audit-verify} checks every
 * practice's audit chain (exit 0 intact, 1 broken); {@code screen} runs the risk screener over a
 * JSON Lines file without the web server or a database.
 */
final class CommandLineModes {

    private static final Map<String, ToIntFunction<String[]>> MODES = Map.of(
            AuditVerifyCommand.MODE,
            args -> AuditVerifyCommand.run(TandemApplication.class, args),
            ScreeningCommand.MODE,
            ScreeningCommand::run);

    private CommandLineModes() {}

    static boolean handles(String mode) {
        return MODES.containsKey(mode);
    }

    static int run(String[] args) {
        return MODES.get(args[0]).applyAsInt(args);
    }
}

package app.tandem.screening;

import app.tandem.screening.cli.ScreenCommand;

/**
 * {@code java -jar tandem.jar screen --input in.jsonl --output out.jsonl [--labels] [--explain] [--rules DIR]}: runs the risk
 * screener over JSON Lines without the web server or a database, for clinical leads to evaluate it.
 */
public final class ScreeningCommand {

    public static final String MODE = "screen";

    private ScreeningCommand() {}

    public static int run(String[] args) {
        return ScreenCommand.run(args, System.out, System.err);
    }
}

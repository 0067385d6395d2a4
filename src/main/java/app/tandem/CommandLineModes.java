package app.tandem;

/** Command-line modes that run without the web server or a database (e.g. {@code screen}). */
final class CommandLineModes {

    private CommandLineModes() {}

    static boolean handles(String mode) {
        return false;
    }

    static int run(String[] args) {
        System.err.println("Unknown mode: " + args[0]);
        return 2;
    }
}

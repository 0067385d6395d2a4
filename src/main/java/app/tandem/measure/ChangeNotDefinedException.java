package app.tandem.measure;

/** Change statistics were requested for an instrument that defines none (ASRS screener). */
public final class ChangeNotDefinedException extends IllegalArgumentException {

    private ChangeNotDefinedException(String message) {
        super(message);
    }

    public static ChangeNotDefinedException forInstrument(String instrument) {
        return new ChangeNotDefinedException(instrument + " defines no change-over-time statistics");
    }
}

package app.tandem.measure;

/** No instrument with the requested code is in the catalog. */
public final class UnknownInstrumentException extends IllegalArgumentException {

    private final String code;

    private UnknownInstrumentException(String code, String message) {
        super(message);
        this.code = code;
    }

    public static UnknownInstrumentException forCode(String code) {
        return new UnknownInstrumentException(code, "unknown instrument '" + code + "'");
    }

    /** The code that was asked for. */
    public String code() {
        return code;
    }
}

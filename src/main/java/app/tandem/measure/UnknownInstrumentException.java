package app.tandem.measure;

/** No instrument with the requested code is in the catalog. */
public final class UnknownInstrumentException extends IllegalArgumentException {

    private UnknownInstrumentException(String message) {
        super(message);
    }

    public static UnknownInstrumentException forCode(String code) {
        return new UnknownInstrumentException("unknown instrument '" + code + "'");
    }
}

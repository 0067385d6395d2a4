package app.tandem.coping.internal;

/** No technique with this id is offered to this person's practice. */
public final class TechniqueNotFoundException extends RuntimeException {

    private TechniqueNotFoundException(String message) {
        super(message);
    }

    public static TechniqueNotFoundException of(String id) {
        return new TechniqueNotFoundException("No technique " + id);
    }

    public static TechniqueNotFoundException use(java.util.UUID id) {
        return new TechniqueNotFoundException("No technique use " + id);
    }
}

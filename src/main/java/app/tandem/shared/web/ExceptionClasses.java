package app.tandem.shared.web;

/** An exception as the chain of its class names, for logs: messages can carry what a person typed. */
public final class ExceptionClasses {

    private ExceptionClasses() {}

    public static String of(Throwable e) {
        StringBuilder chain = new StringBuilder(e.getClass().getName());
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && cause != e && depth < 6; depth++, cause = cause.getCause()) {
            chain.append(" <- ").append(cause.getClass().getName());
        }
        return chain.toString();
    }
}

package app.tandem.crypto.internal;

import java.util.regex.Pattern;

/** Guards table and column names that end up in SQL text: lower-case letters, digits and '_'. */
public final class SqlIdentifier {

    private static final Pattern VALID = Pattern.compile("[a-z_][a-z0-9_]*");

    private SqlIdentifier() {}

    /** Returns {@code name} if it is a plain lower-case SQL identifier, else throws. */
    public static String requireValid(String name) {
        if (name == null || name.length() > 63 || !VALID.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain SQL identifier ([a-z_][a-z0-9_]*): " + name);
        }
        return name;
    }

    /** The identifier checked and double-quoted, so reserved words such as {@code user} work too. */
    static String quoted(String name) {
        return '"' + requireValid(name) + '"';
    }
}

package app.tandem.crypto;

import app.tandem.crypto.internal.SqlIdentifier;

/**
 * Declares a column holding {@link FieldCipher} values, so the key-rotation job can re-encrypt it.
 * The module that owns the table declares it as a bean. Names are code constants, never user input;
 * each must match {@code [a-z_][a-z0-9_]*}, checked here so a bad declaration fails at start-up.
 */
public record EncryptedColumn(String table, String idColumn, String column) {

    public EncryptedColumn {
        SqlIdentifier.requireValid(table);
        SqlIdentifier.requireValid(idColumn);
        SqlIdentifier.requireValid(column);
    }

    /** {@code table.column}, for logs. */
    public String qualifiedName() {
        return table + "." + column;
    }
}

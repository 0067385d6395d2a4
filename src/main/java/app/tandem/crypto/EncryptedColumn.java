package app.tandem.crypto;

/**
 * Declares a column holding {@link FieldCipher} values, so the key-rotation job can re-encrypt it.
 * The module that owns the table declares it as a bean. Names are code constants, never user input.
 */
public record EncryptedColumn(String table, String idColumn, String column) {}

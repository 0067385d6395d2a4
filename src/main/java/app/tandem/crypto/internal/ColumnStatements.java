package app.tandem.crypto.internal;

import app.tandem.crypto.EncryptedColumn;

/** The SQL that re-encryption runs against one declared column; names are checked and quoted. */
record ColumnStatements(String firstBatch, String nextBatch, String update) {

    static ColumnStatements of(EncryptedColumn column, int batchSize) {
        String table = SqlIdentifier.quoted(column.table());
        String id = SqlIdentifier.quoted(column.idColumn());
        String value = SqlIdentifier.quoted(column.column());
        String select = "SELECT " + id + ", " + value + " FROM " + table + " WHERE " + value + " IS NOT NULL AND "
                + value + " NOT LIKE ? ESCAPE '\\'";
        String page = " ORDER BY " + id + " LIMIT " + batchSize;
        return new ColumnStatements(
                select + page,
                select + " AND " + id + " > ?" + page,
                "UPDATE " + table + " SET " + value + " = ? WHERE " + id + " = ? AND " + value + " = ?");
    }

    /** A LIKE pattern matching values sealed with {@code keyId}; '_' in an id must not be a wildcard. */
    static String sealedWith(String keyId) {
        String literal = AesGcmFieldCipher.storedPrefix(keyId)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return literal + "%";
    }
}

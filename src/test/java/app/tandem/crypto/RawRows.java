package app.tandem.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.tandem.crypto.internal.SqlIdentifier;
import java.nio.charset.StandardCharsets;
import java.sql.Blob;
import java.sql.Clob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads tables as stored, bypassing every repository, to prove that free text is encrypted at rest.
 * For any module's tests: write through the module, then {@code RawRows.assertNoPlaintext(jdbc,
 * "checkin", "my distinctive note")}.
 */
public final class RawRows {

    private static final int MIN_PLAINTEXT_LENGTH = 6;

    private RawRows() {}

    /**
     * Fails if any plaintext appears (case-insensitively) in any column of any row of {@code table},
     * read as text; fails too if the table is empty, as there would be nothing to prove. Use
     * distinctive plaintexts of 6+ characters, so they cannot turn up in ciphertext by chance.
     */
    public static void assertNoPlaintext(JdbcClient jdbc, String table, String... plaintexts) {
        assertThat(plaintexts).as("plaintexts to look for").isNotEmpty();
        for (String plaintext : plaintexts) {
            assertThat(plaintext).as("plaintext to look for").hasSizeGreaterThanOrEqualTo(MIN_PLAINTEXT_LENGTH);
        }
        List<List<Cell>> rows = rows(jdbc, table);
        assertThat(rows)
                .as("rows of " + table + " (an empty table proves nothing)")
                .isNotEmpty();
        for (int r = 0; r < rows.size(); r++) {
            for (Cell cell : rows.get(r)) {
                String text = cell.text() == null ? "" : cell.text().toLowerCase(Locale.ROOT);
                for (int p = 0; p < plaintexts.length; p++) {
                    if (text.contains(plaintexts[p].toLowerCase(Locale.ROOT))) {
                        fail(
                                "Plaintext #%d (\"%s\") is stored unencrypted in %s.%s (row %d of %d)",
                                p + 1, plaintexts[p], table, cell.column(), r + 1, rows.size());
                    }
                }
            }
        }
    }

    /** Fails unless every non-null value of {@code table.column} is in the encrypted stored form. */
    public static void assertAllEncrypted(JdbcClient jdbc, String table, String column) {
        List<String> values = values(jdbc, table, column);
        assertThat(values).as("values of " + table + "." + column).isNotEmpty();
        assertThat(values)
                .as("stored values of " + table + "." + column)
                .allSatisfy(v -> assertThat(v == null || v.matches("enc:v1:[A-Za-z0-9_-]{1,32}:[A-Za-z0-9_-]+"))
                        .as("encrypted stored form")
                        .isTrue());
    }

    /** The raw stored values of one column, as text, in no particular order. */
    public static List<String> values(JdbcClient jdbc, String table, String column) {
        String sql = "SELECT \"" + SqlIdentifier.requireValid(column) + "\" FROM \"" + SqlIdentifier.requireValid(table)
                + "\"";
        return jdbc.sql(sql).query((rs, n) -> asText(rs, 1)).list();
    }

    private static List<List<Cell>> rows(JdbcClient jdbc, String table) {
        String sql = "SELECT * FROM \"" + SqlIdentifier.requireValid(table) + "\"";
        return jdbc.sql(sql)
                .query((rs, n) -> {
                    ResultSetMetaData meta = rs.getMetaData();
                    List<Cell> cells = new ArrayList<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        cells.add(new Cell(meta.getColumnLabel(i), asText(rs, i)));
                    }
                    return cells;
                })
                .list();
    }

    private static String asText(ResultSet rs, int index) throws SQLException {
        Object value = rs.getObject(index);
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value == null ? null : value.toString();
    }

    private record Cell(String column, String text) {}
}

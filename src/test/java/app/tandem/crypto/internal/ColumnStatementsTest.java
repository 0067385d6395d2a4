package app.tandem.crypto.internal;

import static org.assertj.core.api.Assertions.assertThat;

import app.tandem.crypto.EncryptedColumn;
import org.junit.jupiter.api.Test;

class ColumnStatementsTest {

    @Test
    void buildsQuotedKeysetAndOptimisticStatements() {
        ColumnStatements sql = ColumnStatements.of(new EncryptedColumn("user", "id", "note"), 200);
        assertThat(sql.firstBatch())
                .isEqualTo("SELECT \"id\", \"note\" FROM \"user\" WHERE \"note\" IS NOT NULL"
                        + " AND \"note\" NOT LIKE ? ESCAPE '\\' ORDER BY \"id\" LIMIT 200");
        assertThat(sql.nextBatch()).contains("AND \"id\" > ? ORDER BY \"id\" LIMIT 200");
        assertThat(sql.update()).isEqualTo("UPDATE \"user\" SET \"note\" = ? WHERE \"id\" = ? AND \"note\" = ?");
    }

    @Test
    void activeKeyPatternTreatsUnderscoreInAKeyIdLiterally() {
        assertThat(ColumnStatements.sealedWith("key_2")).isEqualTo("enc:v1:key\\_2:%");
        assertThat(ColumnStatements.sealedWith("k-1")).isEqualTo("enc:v1:k-1:%");
    }
}

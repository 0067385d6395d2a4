package app.tandem.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EncryptedColumnTest {

    @Test
    void acceptsPlainLowerCaseNames() {
        assertThat(new EncryptedColumn("check_in", "id", "note_2").qualifiedName())
                .isEqualTo("check_in.note_2");
    }

    @Test
    void rejectsNamesThatCouldCarrySql() {
        for (String bad : new String[] {"Note", "note;drop table x", "note\"", "2note", "", "a b", "note--"}) {
            assertThatThrownBy(() -> new EncryptedColumn("checkin", "id", bad))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new EncryptedColumn(bad, "id", "note"))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new EncryptedColumn("checkin", bad, "note"))
                    .as(bad)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new EncryptedColumn(null, "id", "note")).isInstanceOf(IllegalArgumentException.class);
    }
}

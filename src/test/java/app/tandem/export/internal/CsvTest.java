package app.tandem.export.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesCommasQuotesAndLineBreaksAndLeavesPlainCellsAlone() {
        String csv = new Csv()
                .row(List.of("a", "b,c", "say \"hi\"", "two\nlines", "ünïcödé 😊"))
                .row(Arrays.asList(1, null, true, " padded ", "x"))
                .toString();
        assertThat(csv)
                .isEqualTo("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\",ünïcödé 😊\r\n1,,true,\" padded \",x\r\n");
    }

    @Test
    void defusesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(Csv.field("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(Csv.field("+1 555")).isEqualTo("'+1 555");
        assertThat(Csv.field(-3)).as("numbers are not text").isEqualTo("-3");
    }
}

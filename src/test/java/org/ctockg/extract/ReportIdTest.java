package org.ctockg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A report's id is its file name without the extension, made safe for an IRI path: the same id for the same name, always. */
class ReportIdTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "004_185fa763c015fd82.txt|004_185fa763c015fd82",
            "CTOC_COP_WG.2_2016_4.pdf|CTOC_COP_WG.2_2016_4",
            "report v2 (final).md|report-v2-final-",
            "V1708453.html|V1708453",
            "notes.tar.gz|notes.tar",
            "archive.backup|archive.backup",
            "é rapport.txt|-rapport",
            ".txt|report",
            "no-extension|no-extension",
            "dots...txt|dots..",
    })
    void namesGiveTheseIds(String file, String id) {
        assertEquals(id, ReportExtractor.reportId(file));
    }

    /** The rule as it was first written, with regular expressions: the ids of stored graphs must not change. */
    private static String asFirstWritten(String fileName) {
        String stem = fileName.replaceFirst("\\.[A-Za-z0-9]{1,4}$", "");
        String id = stem.replaceAll("[^A-Za-z0-9._-]+", "-");
        return id.isEmpty() ? "report" : id;
    }

    @Test
    void anyNameGivesTheIdItAlwaysGave() {
        String alphabet = "aZ09._- ()éß/\u00a0x.";
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                name.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String file = name.toString();
            assertEquals(asFirstWritten(file), ReportExtractor.reportId(file), "'" + file + "'");
        }
    }
}

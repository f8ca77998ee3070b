package org.reconnect.shared.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvTest {

    @Test
    void aCellThatASpreadsheetWouldReadAsAFormulaStaysText() {
        assertEquals("'=HYPERLINK(\"http://evil.example/\",\"x\")", Csv.neutral("=HYPERLINK(\"http://evil.example/\",\"x\")"));
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertEquals("'" + start + "1", Csv.neutral(start + "1"), "starting with " + start);
        }
        assertEquals("Maya Chen", Csv.neutral("Maya Chen"));
        assertEquals("", Csv.neutral(null));
    }

    @Test
    void aLineQuotesWhatNeedsQuotingAndEndsWithCrLf() {
        assertEquals("a,\"b, c\",\"'=1+1\"\"\",\r\n", Csv.line(java.util.Arrays.asList("a", "b, c", "=1+1\"", null)));
    }
}

package org.reconnect.audit.boundary;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AuditCsvTest {

    @Test
    void cellsAreQuotedWhenNeeded() {
        assertEquals("plain", AuditReport.cell("plain"));
        assertEquals("\"a, b\"", AuditReport.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", AuditReport.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", AuditReport.cell("two\nlines"));
        assertEquals("", AuditReport.cell(null));
    }

    @Test
    void aSpreadsheetNeverReadsACellAsAFormula() {
        assertEquals("'=1+1", AuditReport.cell("=1+1"));
        assertEquals("'+1", AuditReport.cell("+1"));
        assertEquals("'-2", AuditReport.cell("-2"));
        assertEquals("'@SUM(A1)", AuditReport.cell("@SUM(A1)"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", AuditReport.cell("=HYPERLINK(\"x\")"));
    }
}

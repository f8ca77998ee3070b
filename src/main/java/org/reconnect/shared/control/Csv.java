package org.reconnect.shared.control;

import java.util.List;

/**
 * Text that goes into a file a spreadsheet opens (CSV, Excel). A cell that begins with a sign a
 * spreadsheet reads as the start of a formula ({@code = + - @}, a tab or a carriage return) gets
 * an apostrophe in front, so that a name like {@code =HYPERLINK("http://evil.example",…)} typed
 * into a form stays text when an admin opens the export (OWASP: CSV injection). Every export of
 * Reconnect writes its cells through here.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** The text as a spreadsheet must show it: never a formula. */
    public static String neutral(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        return FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** One CSV cell: neutral, and quoted when it holds a comma, a quote or a line break. */
    public static String cell(String value) {
        String text = neutral(value);
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** One CSV line (RFC 4180: comma-separated, CRLF at the end). */
    public static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
    }
}

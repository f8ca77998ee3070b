package org.reconnect.testsupport.container;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import java.io.IOException;

/**
 * The text of a PDF, page after page, for tests that read an export back (in a unit test, in
 * the container or on the client side).
 */
public final class PdfText {

    private PdfText() {
    }

    /** Every page's text, a line break after each. */
    public static String of(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            try {
                PdfTextExtractor extractor = new PdfTextExtractor(reader);
                StringBuilder text = new StringBuilder();
                for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                    text.append(extractor.getTextFromPage(page)).append('\n');
                }
                return text.toString();
            } finally {
                reader.close();
            }
        } catch (IOException e) {
            throw new AssertionError("not a readable PDF", e);
        }
    }

    /**
     * The text with its lines joined both with a space and without one, so that a phrase (or a
     * hash) the layout broke over two lines is still found whole.
     */
    public static String joined(byte[] pdf) {
        String text = of(pdf);
        return text.replace("\n", " ") + " " + text.replace("\n", "");
    }
}

package org.reconnect.notes.control;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.reconnect.testsupport.container.PdfText;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NotePdfTest {

    private static final NotePdf.Placeholders PLACEHOLDERS =
            new NotePdf.Placeholders("[emoji: {0}]", "[character not in the font: {0}]");

    private static final String ARABIC = "العربية";
    private static final String HEBREW = "עברית";

    private static byte[] note(String sectionText, String addendumText) {
        NotePdf.Note note = new NotePdf.Note("Session note, RC-2026-0001 (Łukasz & Σοφία)",
                List.of("Session: 2026-11-20 18:00, 50 minutes, joint session"),
                List.of(new NotePdf.Section("Subjective", sectionText)),
                List.of("Electronically signed by Maya Chen on 2026-11-20 18:50 UTC", "SHA-256 " + "ab".repeat(32)),
                List.of(new NotePdf.Addendum("Addendum of 2026-11-21 09:00", addendumText, "Signed by Maya Chen.")));
        return NotePdf.render("Session notes RC-2026-0001", List.of(note), PLACEHOLDERS);
    }

    private static String text(byte[] pdf) {
        return PdfText.of(pdf);
    }

    private static String reversed(String text) {
        return new StringBuilder(text).reverse().toString();
    }

    @Test
    void everyScriptSurvivesAndRightToLeftIsInOrderAndShaped() throws Exception {
        String text = text(note(String.join("\n", "Łódź", "Ελληνικά", "Кириллица", ARABIC, HEBREW,
                "Sam said: " + HEBREW + " and " + ARABIC + "."), "Łódź 😊"));

        assertTrue(text.contains("Łódź"), text);
        assertTrue(text.contains("Ελληνικά"), text);
        assertTrue(text.contains("Кириллица"), text);
        assertTrue(text.contains("Łukasz & Σοφία"), "the title's bold font too: " + text);
        // the PDF holds glyphs in the order they stand on the line, left to right: a
        // right-to-left word reads backwards, and Arabic letters are in their joined forms
        assertTrue(text.contains(reversed(HEBREW)), text);
        assertFalse(text.contains(HEBREW), "Hebrew laid out right to left: " + text);
        String arabicLine = text.lines().filter(l -> Normalizer.normalize(l, Normalizer.Form.NFKC)
                .contains(reversed(ARABIC))).findFirst().orElse("");
        assertTrue(arabicLine.codePoints().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFF),
                "Arabic is shaped (presentation forms), right to left: " + text);
        assertFalse(text.contains(ARABIC), "not the unshaped letters in typing order: " + text);
        // a left-to-right line keeps its order around the right-to-left words
        assertTrue(text.lines().anyMatch(l -> l.strip().startsWith("Sam said: ") && l.contains(reversed(HEBREW) + " and ")), text);
    }

    @Test
    void anEmojiWithAGlyphPrintsAndOneWithoutBecomesANamedPlaceholder() throws Exception {
        // lines may wrap anywhere: read the text as one line
        String text = text(note("Alex: 👍🏽 and 🦄, 中", "Łódź 😊")).replaceAll("\\s+", " ");

        // DejaVu Sans draws the Emoticons block's faces, so this one survives as itself
        assertTrue(text.contains("Łódź 😊"), text);
        assertTrue(text.contains("[emoji: thumbs up sign, U+1F44D]"), text);
        assertTrue(text.contains("[emoji: emoji modifier fitzpatrick type-4, U+1F3FD]"), text);
        assertTrue(text.contains("[emoji: unicorn face, U+1F984]"), text);
        assertTrue(text.contains("[character not in the font: cjk unified ideographs 4e2d, U+4E2D]"), text);
    }

    @Test
    void theFontsAreEmbeddedAsSubsetsAndNoOtherFontIsUsed() throws Exception {
        PdfReader reader = new PdfReader(note("Łódź " + ARABIC + " " + HEBREW, "😊"));
        List<String> fonts = new ArrayList<>();
        try {
            for (int n = 1; n < reader.getXrefSize(); n++) {
                PdfObject object = reader.getPdfObject(n);
                if (object instanceof PdfDictionary d && PdfName.FONTDESCRIPTOR.equals(d.get(PdfName.TYPE))) {
                    fonts.add(d.get(PdfName.FONTNAME).toString());
                    assertTrue(d.contains(PdfName.FONTFILE2), "embedded: " + d.get(PdfName.FONTNAME));
                }
            }
            assertTrue(text(reader).contains("Session note"));
        } finally {
            reader.close();
        }
        assertEquals(2, fonts.size(), fonts.toString());
        assertTrue(fonts.stream().allMatch(f -> f.matches("/[A-Z]{6}\\+DejaVuSans(-Bold)?")), "subsets: " + fonts);
    }

    private static String text(PdfReader reader) throws Exception {
        return new PdfTextExtractor(reader).getTextFromPage(1);
    }

    @Test
    void aLongNoteFlowsOverPages() throws Exception {
        String paragraph = "Both partners described the week. " .repeat(40);
        byte[] pdf = note(String.join("\n", java.util.Collections.nCopies(30, paragraph)), "Ende.");
        PdfReader reader = new PdfReader(pdf);
        try {
            assertTrue(reader.getNumberOfPages() > 1);
        } finally {
            reader.close();
        }
        assertTrue(text(pdf).contains("Ende."));
    }
}

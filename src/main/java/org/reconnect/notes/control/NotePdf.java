package org.reconnect.notes.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Signed notes as a PDF: per note the session, each section under its heading, the signature
 * block with signer, time and SHA-256, and the addenda in order, each with its own signature.
 * Built with OpenPDF; the texts are set as text, never interpreted.
 * <p>
 * A note is a legal record, so every name and word must print as typed. The PDF embeds (as a
 * subset) DejaVu Sans, read from the class path (the jasperreports-fonts jar), which covers
 * Latin, Greek, Cyrillic, Arabic and Hebrew. Each line is laid out with the Unicode bidi
 * algorithm in the direction of its first strong character, so right-to-left lines run from the
 * right and Arabic is shaped. A character the font has no glyph for (most emoji, CJK) is
 * replaced by a visible placeholder that names it, never dropped.
 */
public final class NotePdf {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private NotePdf() {
    }

    /** One section: a heading and its text (absent sections are left out). */
    public record Section(String heading, String text) {
    }

    public record Addendum(String heading, String text, String signature) {
    }

    /** One note, already in words: title lines, sections, the signature block, addenda. */
    public record Note(String title, List<String> facts, List<Section> sections, List<String> signature,
                       List<Addendum> addenda) {
    }

    /**
     * The words that stand in for a character the font cannot show, as message patterns whose
     * {0} names the character ("thumbs up sign, U+1F44D"): one for emoji, one for anything else.
     */
    public record Placeholders(String emoji, String character) {

        String of(int codePoint) {
            String name = Character.getName(codePoint);
            String code = String.format("U+%04X", codePoint);
            String named = name == null ? code : name.toLowerCase(Locale.ROOT) + ", " + code;
            return new MessageFormat(isEmoji(codePoint) ? emoji : character, Locale.ENGLISH).format(new Object[]{named});
        }
    }

    /** The fonts, parsed once: a BaseFont holds no state of one document, the writer keeps the subset. */
    private static final class Fonts {
        static final BaseFont REGULAR = load("DejaVuSans.ttf");
        static final BaseFont BOLD = load("DejaVuSans-Bold.ttf");

        private static BaseFont load(String file) {
            try (InputStream in = NotePdf.class.getResourceAsStream(FONTS + file)) {
                if (in == null) {
                    throw new IllegalStateException("the font " + file + " is not on the class path");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    public static byte[] render(String documentTitle, List<Note> notes, Placeholders placeholders) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        Writer w = new Writer(document, placeholders);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(documentTitle);
            document.addCreator("Reconnect");
            document.open();
            Font title = new Font(Fonts.BOLD, 15);
            Font heading = new Font(Fonts.BOLD, 11);
            Font body = new Font(Fonts.REGULAR, 10);
            Font small = new Font(Fonts.REGULAR, 8);
            boolean first = true;
            for (Note note : notes) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                w.text(note.title(), title, 0);
                for (String fact : note.facts()) {
                    w.text(fact, body, 0);
                }
                for (Section section : note.sections()) {
                    w.text(section.heading(), heading, 10);
                    w.text(section.text(), body, 0);
                }
                boolean firstLine = true;
                for (String line : note.signature()) {
                    w.text(line, line.startsWith("SHA-256") ? small : body, firstLine ? 16 : 0);
                    firstLine = false;
                }
                for (Addendum addendum : note.addenda()) {
                    w.text(addendum.heading(), heading, 12);
                    w.text(addendum.text(), body, 0);
                    w.text(addendum.signature(), small, 0);
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** Whether a character is an emoji or pictograph (Java 17 has no Character.isEmoji). */
    static boolean isEmoji(int codePoint) {
        return codePoint >= 0x1F000 && codePoint <= 0x1FAFF
                || codePoint >= 0x2600 && codePoint <= 0x27BF
                || codePoint >= 0x2B00 && codePoint <= 0x2BFF;
    }

    /** Whether the bidi algorithm lays out a line from the right: its first strong character is right-to-left. */
    static boolean rightToLeft(String line) {
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Sets text line by line, each line a cell of a borderless one-column table laid out with bidi. */
    private static final class Writer {
        private final Document document;
        private final Placeholders placeholders;

        Writer(Document document, Placeholders placeholders) {
            this.document = document;
            this.placeholders = placeholders;
        }

        void text(String text, Font font, float spacingBefore) throws DocumentException {
            PdfPTable table = new PdfPTable(1);
            table.setWidthPercentage(100);
            table.setSpacingBefore(spacingBefore);
            table.setSplitLate(false);
            for (String line : text.split("\r\n|\r|\n", -1)) {
                PdfPCell cell = new PdfPCell(phrase(line.isEmpty() ? " " : line, font));
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setPadding(0);
                cell.setPaddingBottom(3);
                cell.setUseAscender(true);
                boolean rtl = rightToLeft(line);
                cell.setRunDirection(rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR);
                // in a right-to-left cell OpenPDF mirrors the alignment: "left" starts at the right edge
                cell.setHorizontalAlignment(Element.ALIGN_LEFT);
                table.addCell(cell);
            }
            document.add(table);
        }

        /**
         * The line as chunks: each character in the line's font, or the regular one where a bold
         * font lacks it, or else a placeholder; invisible joiners and variation selectors that no
         * font has are left out.
         */
        private Phrase phrase(String line, Font font) {
            Phrase phrase = new Phrase();
            Font regular = font.getBaseFont() == Fonts.REGULAR ? font : new Font(Fonts.REGULAR, font.getSize());
            StringBuilder run = new StringBuilder();
            Font runFont = font;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                Font f = font.getBaseFont().charExists(cp) ? font : regular.getBaseFont().charExists(cp) ? regular : null;
                String piece;
                if (f != null) {
                    piece = new String(Character.toChars(cp));
                } else if (invisible(cp)) {
                    continue;
                } else {
                    f = font;
                    piece = placeholders.of(cp);
                }
                if (f != runFont && !run.isEmpty()) {
                    phrase.add(new Chunk(run.toString(), runFont));
                    run.setLength(0);
                }
                runFont = f;
                run.append(piece);
            }
            if (!run.isEmpty()) {
                phrase.add(new Chunk(run.toString(), runFont));
            }
            return phrase;
        }

        private static boolean invisible(int cp) {
            return cp == 0x200C || cp == 0x200D || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF;
        }
    }
}

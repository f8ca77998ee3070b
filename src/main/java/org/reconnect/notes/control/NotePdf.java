package org.reconnect.notes.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Signed notes as a PDF: per note the session, each section under its heading, the signature
 * block with signer, time and SHA-256, and the addenda in order, each with its own signature.
 * Built with OpenPDF; the texts are set as text, never interpreted.
 */
public final class NotePdf {

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

    public static byte[] render(String documentTitle, List<Note> notes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(documentTitle);
            document.addCreator("Reconnect");
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font small = FontFactory.getFont(FontFactory.COURIER, 8);
            boolean first = true;
            for (Note note : notes) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                document.add(new Paragraph(note.title(), title));
                for (String fact : note.facts()) {
                    document.add(new Paragraph(fact, body));
                }
                for (Section section : note.sections()) {
                    Paragraph h = new Paragraph(section.heading(), heading);
                    h.setSpacingBefore(10);
                    document.add(h);
                    document.add(new Paragraph(section.text(), body));
                }
                Paragraph signed = new Paragraph();
                signed.setSpacingBefore(16);
                for (String line : note.signature()) {
                    signed.add(new Chunk(line, line.startsWith("SHA-256") ? small : body));
                    signed.add(Chunk.NEWLINE);
                }
                document.add(signed);
                for (Addendum addendum : note.addenda()) {
                    Paragraph h = new Paragraph(addendum.heading(), heading);
                    h.setSpacingBefore(12);
                    document.add(h);
                    document.add(new Paragraph(addendum.text(), body));
                    document.add(new Paragraph(addendum.signature(), small));
                }
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be written", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }
}

package org.reconnect.assessment.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.reconnect.assessment.boundary.InstrumentRow;
import org.reconnect.assessment.boundary.Instruments;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.web.Messages;
import org.reconnect.shared.web.Uploads;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs /admin/instruments: the stored instruments and their versions, and adding one (a file,
 * or the definition pasted), checked in full before anything is stored.
 */
@Named
@ViewScoped
public class InstrumentsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "upload";
    /** A definition may have 200,000 characters; in UTF-8 that is at most this many bytes of the ones people write. */
    private static final int MAX_FILE_BYTES = 512 * 1024;

    @Inject
    Instruments instruments;

    private transient Part file;
    private String text;
    private List<InstrumentRow> rows;

    public List<InstrumentRow> getRows() {
        if (rows == null) {
            rows = instruments.all();
        }
        return rows;
    }

    public void upload() {
        if (file != null && file.getSize() > MAX_FILE_BYTES) {
            // refused whole: a file cut short would read as broken JSON instead of as too long
            Messages.error("definition.tooLong", org.reconnect.assessment.control.InstrumentParser.MAX_CHARS);
            return;
        }
        String definition;
        try {
            definition = file != null && file.getSize() > 0 ? Uploads.utf8(file, MAX_FILE_BYTES) : text;
        } catch (IOException unreadable) {
            Messages.error("definition.notJson", 1, 1);
            return;
        }
        if (definition == null || definition.isBlank()) {
            Messages.error("instruments.noFile");
            return;
        }
        try {
            Instruments.Loaded loaded = instruments.upload(definition);
            Messages.info(loaded.added() ? "instruments.added" : "instruments.unchanged", loaded.title(), loaded.version());
            text = null;
            rows = null;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FORM);
        }
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}

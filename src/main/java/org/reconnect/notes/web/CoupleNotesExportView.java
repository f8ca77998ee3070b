package org.reconnect.notes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.shared.web.CasePage;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;

/** On the couple's sessions card, for the therapist: the notes of a date range as one PDF. */
@Named
@ViewScoped
public class CoupleNotesExportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionNotes notes;

    @Inject
    CasePage casePage;

    private LocalDate exportFrom = LocalDate.now().minusMonths(3);
    private LocalDate exportTo = LocalDate.now();

    /** The notes of the range as one PDF; {@code null} (no download, a message instead) when there are none. */
    public StreamedContent getExport() {
        Long coupleId = casePage.getCoupleId();
        if (coupleId == null) {
            return null;
        }
        byte[] pdf = notes.pdfForCouple(coupleId, exportFrom, exportTo);
        return DefaultStreamedContent.builder()
                .name("notes-" + casePage.getCaseNumber() + "-" + exportFrom + "-to-" + exportTo + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    public LocalDate getExportFrom() {
        return exportFrom;
    }

    public void setExportFrom(LocalDate exportFrom) {
        this.exportFrom = exportFrom;
    }

    public LocalDate getExportTo() {
        return exportTo;
    }

    public void setExportTo(LocalDate exportTo) {
        this.exportTo = exportTo;
    }
}

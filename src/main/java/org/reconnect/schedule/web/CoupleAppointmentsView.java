package org.reconnect.schedule.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.reconnect.couple.web.CoupleView;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.schedule.boundary.AppointmentRow;
import org.reconnect.schedule.boundary.Appointments;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.web.Messages;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * The sessions card on the couple's page: every appointment with the state of its note (admins
 * see the same list, never a note's text), and for the therapist the notes of a date range as
 * one PDF.
 */
@Named
@ViewScoped
public class CoupleAppointmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Appointments appointments;

    @Inject
    SessionNotes notes;

    @Inject
    CoupleView coupleView;

    private List<AppointmentRow> rows;
    private LocalDate exportFrom = LocalDate.now().minusMonths(3);
    private LocalDate exportTo = LocalDate.now();

    public List<AppointmentRow> getRows() {
        if (rows == null && coupleView.getId() != null) {
            try {
                rows = appointments.forCouple(coupleView.getId());
            } catch (Refusal notTheirs) {
                rows = List.of();
            }
        }
        return rows == null ? List.of() : rows;
    }

    /** The notes of the range as one PDF; {@code null} (no download, a message instead) when there are none. */
    public StreamedContent getExport() {
        byte[] pdf;
        try {
            pdf = notes.pdfForCouple(coupleView.getId(), exportFrom, exportTo);
        } catch (Refusal refused) {
            Messages.refused(refused, "notesExport");
            return null;
        }
        return DefaultStreamedContent.builder()
                .name("notes-" + coupleView.getDetails().getCaseNumber() + "-" + exportFrom + "-to-" + exportTo + ".pdf")
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

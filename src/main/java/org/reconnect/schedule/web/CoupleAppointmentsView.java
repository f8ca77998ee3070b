package org.reconnect.schedule.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.schedule.boundary.AppointmentRow;
import org.reconnect.schedule.boundary.Appointments;
import org.reconnect.shared.web.CasePage;

import java.io.Serializable;
import java.util.List;

/**
 * The sessions card on the couple's page: every appointment with the state of its note (admins
 * see the same list, never a note's text). The card's notes export is {@code CoupleNotesExportView}.
 */
@Named
@ViewScoped
public class CoupleAppointmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Appointments appointments;

    @Inject
    CasePage casePage;

    private List<AppointmentRow> rows;

    public List<AppointmentRow> getRows() {
        if (rows == null && casePage.getCoupleId() != null) {
            rows = casePage.read(appointments::forCouple, List.of());
        }
        return rows == null ? List.of() : rows;
    }
}

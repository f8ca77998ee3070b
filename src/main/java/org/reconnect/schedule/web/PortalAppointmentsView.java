package org.reconnect.schedule.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.schedule.boundary.AppointmentRow;
import org.reconnect.schedule.boundary.Appointments;

import java.util.List;

/** The partner's upcoming sessions on the portal's home page (view only). */
@Named
@RequestScoped
public class PortalAppointmentsView {

    @Inject
    Appointments appointments;

    private List<AppointmentRow> upcoming;

    public List<AppointmentRow> getUpcoming() {
        if (upcoming == null) {
            upcoming = appointments.upcomingForMe();
        }
        return upcoming;
    }
}

package org.reconnect.couple.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.shared.entity.Role;
import org.reconnect.shared.web.ViewerZone;

import java.time.ZoneId;

/** Staff read times in the clinic's zone; a partner in the zone recorded for them at intake. */
@RequestScoped
public class ViewerZones implements ViewerZone {

    @Inject
    ClinicSettings settings;

    @Inject
    Cases cases;

    @Override
    public ZoneId zone() {
        FacesContext context = FacesContext.getCurrentInstance();
        boolean partner = context != null && context.getExternalContext().isUserInRole(Role.CLIENT_NAME)
                && !context.getExternalContext().isUserInRole(Role.THERAPIST_NAME)
                && !context.getExternalContext().isUserInRole(Role.ADMIN_NAME);
        return partner ? cases.myTimeZone().orElse(settings.timeZone()) : settings.timeZone();
    }
}

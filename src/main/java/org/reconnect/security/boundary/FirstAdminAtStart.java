package org.reconnect.security.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.reconnect.shared.boundary.StartupDataReady;

/** Creates a new clinic's first admin from the settings when the server starts, if there is no admin yet. */
@ApplicationScoped
public class FirstAdminAtStart {

    @Inject
    FirstAdmin firstAdmin;

    void create(@Observes StartupDataReady ready) {
        firstAdmin.createFromSettingsIfNoAdmin();
    }
}

package org.reconnect.overview.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.overview.boundary.ClinicCounts;
import org.reconnect.overview.boundary.ClinicFigures;

/** Backs /admin/: the clinic at a glance. */
@Named
@RequestScoped
public class AdminHomeView {

    @Inject
    ClinicFigures figures;

    private ClinicCounts counts;

    /** The page's f:viewAction: runs on the GET that opens the page, not on its postbacks. */
    public void load() {
        counts = figures.counts();
    }

    public ClinicCounts getCounts() {
        return counts;
    }
}

package org.reconnect.couple.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.couple.boundary.PortalCase;

/** Backs /portal/: the partner's couple and therapist. */
@Named
@RequestScoped
public class PortalHomeView {

    @Inject
    Cases cases;

    private PortalCase couple;

    /** The page's f:viewAction: runs on the GET that opens the page, not on its postbacks. */
    public void load() {
        couple = cases.myCase().orElse(null);
    }

    /** {@code null} when the account is not (or no longer) linked to a couple. */
    public PortalCase getCouple() {
        return couple;
    }
}

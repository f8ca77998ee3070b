package org.reconnect.couple.web;

import jakarta.annotation.PostConstruct;
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

    @PostConstruct
    void load() {
        couple = cases.myCase().orElse(null);
    }

    /** {@code null} when the account is not (or no longer) linked to a couple. */
    public PortalCase getCouple() {
        return couple;
    }
}

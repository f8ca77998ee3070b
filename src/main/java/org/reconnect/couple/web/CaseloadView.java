package org.reconnect.couple.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.couple.boundary.CaseSummary;
import org.reconnect.couple.boundary.Cases;

import java.util.List;

/** Backs /therapist/: the therapist's own open couples. */
@Named
@RequestScoped
public class CaseloadView {

    @Inject
    Cases cases;

    private List<CaseSummary> couples;

    @PostConstruct
    void load() {
        couples = cases.myCaseload();
    }

    public List<CaseSummary> getCouples() {
        return couples;
    }
}

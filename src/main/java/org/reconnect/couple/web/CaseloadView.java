package org.reconnect.couple.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.couple.boundary.CaseSummary;
import org.reconnect.couple.boundary.Cases;

import java.util.List;

/**
 * Backs /therapist/: the therapist's own open couples. Loaded by the view action, so a postback
 * from the page (sign out) does not read, and audit, the caseload again.
 */
@Named
@RequestScoped
public class CaseloadView {

    @Inject
    Cases cases;

    private List<CaseSummary> couples;

    /** The page's f:viewAction: runs on the GET that opens the page, not on its postbacks. */
    public void load() {
        couples = cases.myCaseload();
    }

    public List<CaseSummary> getCouples() {
        return couples == null ? List.of() : couples;
    }
}

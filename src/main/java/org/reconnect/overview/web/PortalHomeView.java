package org.reconnect.overview.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.couple.boundary.PortalCase;
import org.reconnect.homework.boundary.HomeworkLog;
import org.reconnect.homework.boundary.PortalWeek;
import org.reconnect.program.boundary.Program;
import org.reconnect.program.boundary.ProgramDetails;

/** Backs /portal/: this week's homework, the quick micro-moment, the current step, the couple and therapist. */
@Named
@RequestScoped
public class PortalHomeView {

    @Inject
    Cases cases;

    @Inject
    HomeworkLog homework;

    @Inject
    Program program;

    private PortalCase couple;
    private PortalWeek week;
    private ProgramDetails steps;

    /** The page's f:viewAction: runs on the GET that opens the page, not on its postbacks. */
    public void load() {
        couple = cases.myCase().orElse(null);
        if (couple != null) {
            week = homework.thisWeek().orElse(null);
            steps = program.mine().orElse(null);
        }
    }

    /** {@code null} without a couple. */
    public PortalWeek getWeek() {
        return week;
    }

    /** {@code null} without a couple. */
    public ProgramDetails getSteps() {
        return steps;
    }

    /** {@code null} when the account is not (or no longer) linked to a couple. */
    public PortalCase getCouple() {
        return couple;
    }
}

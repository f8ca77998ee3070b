package org.reconnect.program.web;

import jakarta.enterprise.event.Event;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.program.boundary.CheckRow;
import org.reconnect.program.boundary.Program;
import org.reconnect.program.boundary.ProgramDetails;
import org.reconnect.shared.web.CaseChanged;
import org.reconnect.shared.web.CasePage;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;

/** The program card on /therapist/couple: the current step, the suggestion and why, moving on or back, the timeline. */
@Named
@ViewScoped
public class CoupleProgramView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Program program;

    @Inject
    CasePage casePage;

    @Inject
    Event<CaseChanged> changed;

    private ProgramDetails view;
    private Integer step;
    private String comment;

    public ProgramDetails getProgram() {
        if (view == null && casePage.getCoupleId() != null) {
            view = program.view(casePage.getCoupleId()).orElse(null);
            if (view != null && step == null) {
                step = view.getSuggestedStep();
            }
        }
        return view;
    }

    /** One criterion in words, with the partners' names. */
    public String describe(CheckRow check) {
        ProgramDetails p = getProgram();
        String type = Messages.text("homework." + check.type());
        if (!check.perPartner()) {
            return Messages.text("program.checkCouple", type, check.getCouple(), check.minCount(), check.withinDays());
        }
        return Messages.text("program.check", type, p.partner1Name(), check.partner1(), check.minCount(),
                p.partner2Name() == null ? "-" : p.partner2Name(), check.partner2(), check.withinDays());
    }

    public void move() {
        int to = step == null ? -1 : step;
        Long coupleId = casePage.getCoupleId();
        if (coupleId == null) {
            return;
        }
        program.moveTo(coupleId, casePage.getVersion(), to, comment);
        Messages.info("program.moved", to);
        changed.fire(new CaseChanged(coupleId));
        view = null;
        step = null;
        comment = null;
    }

    public void start() {
        step = 1;
        move();
    }

    public Integer getStep() {
        return step;
    }

    public void setStep(Integer step) {
        this.step = step;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

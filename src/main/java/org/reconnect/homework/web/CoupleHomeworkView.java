package org.reconnect.homework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.homework.boundary.HomeworkForm;
import org.reconnect.homework.boundary.HomeworkPlans;
import org.reconnect.homework.boundary.HomeworkRow;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.shared.web.CasePage;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The homework card on /therapist/couple: the couple's homework with this week's figures, and
 * assigning new homework in a few clicks (choose a kind, the form fills in from the kind and the
 * couple's step, adjust, assign).
 */
@Named
@ViewScoped
public class CoupleHomeworkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HomeworkPlans plans;

    @Inject
    CasePage casePage;

    private List<HomeworkRow> rows;
    private List<HomeworkType> suggested;
    private HomeworkType kind;
    private HomeworkForm form;

    public List<HomeworkRow> getRows() {
        if (rows == null && casePage.getCoupleId() != null) {
            rows = casePage.read(plans::list, List.of());
        }
        return rows == null ? List.of() : rows;
    }

    public List<HomeworkType> getSuggested() {
        if (suggested == null && casePage.getCoupleId() != null) {
            suggested = casePage.read(plans::suggested, List.of());
        }
        return suggested == null ? List.of() : suggested;
    }

    public List<HomeworkType> getOthers() {
        return Arrays.stream(HomeworkType.values()).filter(t -> !getSuggested().contains(t)).toList();
    }

    /** Opens the form for the chosen kind, filled in. */
    public void fill() {
        form = null;
        form = kind == null ? null : plans.draft(casePage.getCoupleId(), kind);
    }

    /** Opens the form for one kind at once (the step's templates are buttons). */
    public void fillWith(HomeworkType type) {
        kind = type;
        fill();
    }

    public void cancelForm() {
        form = null;
        kind = null;
    }

    public void assign() {
        plans.assign(casePage.getCoupleId(), form);
        Messages.info("homework.assigned", form.getTitle());
        form = null;
        kind = null;
        rows = null;
    }

    public void end(HomeworkRow row, boolean completed) {
        try {
            plans.end(row.id(), row.version(), completed);
        } finally {
            // the list as it is now, whether ended or refused (another change came first, say)
            rows = null;
        }
        Messages.info(completed ? "homework.endedDone" : "homework.endedCancelled");
    }

    public HomeworkType getKind() {
        return kind;
    }

    public void setKind(HomeworkType kind) {
        this.kind = kind;
    }

    public HomeworkForm getForm() {
        return form;
    }
}

package org.reconnect.homework.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.homework.boundary.EntryForm;
import org.reconnect.homework.boundary.HomeworkLog;
import org.reconnect.homework.boundary.PortalWeek;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.web.Messages;
import org.reconnect.shared.web.Requests;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;

/**
 * Backs /portal/moment (a micro-moment in two taps and Save) and /portal/log (any homework,
 * new with ?assignment=, or a change within 24 hours with ?entry=). An assignment or entry that
 * is not the caller's answers 404, like a missing one.
 */
@Named
@ViewScoped
public class EntryFormView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "entry";
    static final String TODAY = "TODAY";
    static final String YESTERDAY = "YESTERDAY";

    @Inject
    HomeworkLog log;

    private String assignmentParameter;
    private String entryParameter;
    private String journalParameter;
    private EntryForm form;
    private String day = TODAY;
    private boolean locked;
    /** The form was rebuilt from the page once in this request's view (or could not be): never again. */
    private transient boolean rebuildTried;

    /** The view action of /portal/log. */
    public void load() throws IOException {
        try {
            Long entryId = Requests.id(entryParameter);
            // ?journal: the partner's own journal, always there (opened on first use)
            Long assignmentId = journalParameter != null ? Long.valueOf(log.myJournal()) : Requests.id(assignmentParameter);
            if (entryId != null) {
                form = log.edit(entryId);
                day = form.getLoggedFor().equals(form.getToday()) ? TODAY
                        : form.getLoggedFor().equals(form.getToday().minusDays(1)) ? YESTERDAY : null;
            } else if (assignmentId != null) {
                form = log.start(assignmentId);
            } else {
                Requests.notFound();
            }
        } catch (Refusal refused) {
            if ("entry.locked".equals(refused.getKey()) || "case.readOnly".equals(refused.getKey())
                    || "homework.ended".equals(refused.getKey())) {
                locked = true;
                Messages.error(refused.getKey());
            } else {
                Requests.notFound();
            }
        }
    }

    /** The view action of /portal/moment: the given micro-moment log, or the caller's open one. */
    public void loadMoment() throws IOException {
        if (Requests.id(assignmentParameter) == null) {
            PortalWeek week = log.thisWeek().orElse(null);
            if (week == null || week.microMomentId() == null) {
                Requests.notFound();
                return;
            }
            assignmentParameter = week.microMomentId().toString();
        }
        load();
        if (form != null && form.getType() != HomeworkType.MICRO_MOMENT_LOG) {
            form = null;
            Requests.notFound();
        }
    }

    /** Saves the entry; a refusal or a field problem becomes the form's message (AjaxErrorHandlerFactory). */
    public String save() {
        boolean isNew = form.getEntryId() == null;
        LocalDate today = form.getToday();
        if (TODAY.equals(day)) {
            form.setLoggedFor(today);
        } else if (YESTERDAY.equals(day)) {
            form.setLoggedFor(today.minusDays(1));
        }
        if (isNew) {
            log.log(form);
        } else {
            log.update(form);
        }
        Messages.info(!isNew ? "entry.changed"
                : form.getType() == HomeworkType.MICRO_MOMENT_LOG ? "portal.moment.saved" : "entry.saved");
        Messages.keepForRedirect();
        return "/portal/index?faces-redirect=true";
    }

    public String getAssignmentParameter() {
        return assignmentParameter;
    }

    public void setAssignmentParameter(String assignmentParameter) {
        this.assignmentParameter = assignmentParameter;
    }

    public String getJournalParameter() {
        return journalParameter;
    }

    public void setJournalParameter(String journalParameter) {
        this.journalParameter = journalParameter;
    }

    public String getEntryParameter() {
        return entryParameter;
    }

    public void setEntryParameter(String entryParameter) {
        this.entryParameter = entryParameter;
    }

    /**
     * The form. A new entry's form sent again after it was saved (a double tap, or a retry after
     * the first answer was lost) finds its view's bean ended by the first one's navigation: the
     * form is then rebuilt from what the page carried (the assignment and the submission key), so
     * that the second submission gets the first one's entry instead of an error, and stores nothing.
     */
    public EntryForm getForm() {
        if (form == null && !rebuildTried) {
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.isPostback()) {
                rebuildTried = true;
                Map<String, String> sent = faces.getExternalContext().getRequestParameterMap();
                Long assignmentId = Requests.id(sent.get(FORM + ":again:assignment"));
                String key = sent.get(FORM + ":again:key");
                if (assignmentId != null && key != null) {
                    try {
                        form = log.start(assignmentId);
                        form.setSubmissionKey(key);
                    } catch (Refusal refused) {
                        // the first one was saved, but this form may not be sent any more: say why
                        form = null;
                        Messages.error(refused.getKey());
                    }
                }
            }
        }
        return form;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    /** The entry is locked, or the case has ended: the page says so and offers nothing to save. */
    public boolean isLocked() {
        return locked;
    }
}

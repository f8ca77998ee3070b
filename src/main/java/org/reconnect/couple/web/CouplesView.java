package org.reconnect.couple.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.couple.boundary.Assignments;
import org.reconnect.couple.boundary.CaseRow;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.couple.boundary.TherapistLoad;
import org.reconnect.shared.web.ListModel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs /admin/couples: every couple of the clinic, and /admin/waiting: those without a therapist. */
@Named
@ViewScoped
public class CouplesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    @Inject
    Assignments assignments;

    private String search;
    private String status;
    private String therapist;
    private boolean flaggedOnly;
    private ListModel<CaseRow> couples;
    private ListModel<CaseRow> waiting;
    private List<TherapistLoad> therapists;

    @PostConstruct
    void init() {
        couples = new ListModel<>(cases::clinicCount, cases::clinicRows, CaseRow::id, this::filters);
        waiting = new ListModel<>(cases::waitingCount, cases::waitingRows, CaseRow::id, this::filters);
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        filters.put("search", search);
        filters.put("status", status);
        filters.put("therapist", therapist);
        filters.put("flagged", flaggedOnly ? "true" : null);
        return filters;
    }

    /** The therapists for the filter select, loaded once per view. */
    public List<TherapistLoad> getTherapists() {
        if (therapists == null) {
            therapists = assignments.loads();
        }
        return therapists;
    }

    public ListModel<CaseRow> getCouples() {
        return couples;
    }

    public ListModel<CaseRow> getWaiting() {
        return waiting;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getTherapist() {
        return therapist;
    }

    public void setTherapist(String therapist) {
        this.therapist = therapist;
    }

    public boolean isFlaggedOnly() {
        return flaggedOnly;
    }

    public void setFlaggedOnly(boolean flaggedOnly) {
        this.flaggedOnly = flaggedOnly;
    }
}

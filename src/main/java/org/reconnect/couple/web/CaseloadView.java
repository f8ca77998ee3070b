package org.reconnect.couple.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.couple.boundary.CaseRow;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.shared.web.ListModel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Backs /therapist/: the therapist's couples, one page at a time, with search and filters. */
@Named
@ViewScoped
public class CaseloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    private String search;
    private String status;
    private boolean flaggedOnly;
    private ListModel<CaseRow> couples;

    @PostConstruct
    void init() {
        couples = new ListModel<>(cases::caseloadCount, cases::caseloadRows, CaseRow::getId, this::filters);
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        filters.put("search", search);
        filters.put("status", status);
        filters.put("flagged", flaggedOnly ? "true" : null);
        return filters;
    }

    public ListModel<CaseRow> getCouples() {
        return couples;
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

    public boolean isFlaggedOnly() {
        return flaggedOnly;
    }

    public void setFlaggedOnly(boolean flaggedOnly) {
        this.flaggedOnly = flaggedOnly;
    }
}

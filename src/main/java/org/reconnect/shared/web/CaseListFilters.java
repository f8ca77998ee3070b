package org.reconnect.shared.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What a list of couples is filtered by, as typed on its page: a search, a status, only the
 * flagged ones, and (on the admin's list) a therapist. The list's model reads them as the
 * boundary's filter map whenever it loads a page.
 */
public class CaseListFilters implements Serializable {

    private static final long serialVersionUID = 1L;

    private String search;
    private String status;
    private String therapist;
    private boolean flaggedOnly;

    /** The filters as the boundaries take them: a key per filter, {@code null} where none is set. */
    public Map<String, String> asMap() {
        Map<String, String> filters = new HashMap<>();
        filters.put("search", search);
        filters.put("status", status);
        filters.put("flagged", flaggedOnly ? "true" : null);
        if (therapist != null) {
            filters.put("therapist", therapist);
        }
        return filters;
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

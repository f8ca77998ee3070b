package org.reconnect.couple.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.couple.boundary.Assignments;
import org.reconnect.couple.boundary.CaseRow;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.couple.boundary.TherapistLoad;
import org.reconnect.shared.web.CaseListFilters;
import org.reconnect.shared.web.ListModel;

import java.io.Serializable;
import java.util.List;

/** Backs /admin/couples: every couple of the clinic, and /admin/waiting: those without a therapist. */
@Named
@ViewScoped
public class CouplesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    @Inject
    Assignments assignments;

    private final CaseListFilters filters = new CaseListFilters();
    private ListModel<CaseRow> couples;
    private ListModel<CaseRow> waiting;
    private List<TherapistLoad> therapists;

    @PostConstruct
    void init() {
        couples = new ListModel<>(cases::clinicCount, cases::clinicRows, CaseRow::id, filters::asMap);
        waiting = new ListModel<>(cases::waitingCount, cases::waitingRows, CaseRow::id, filters::asMap);
    }


    /** The therapists for the filter select, loaded once per view. */
    public List<TherapistLoad> getTherapists() {
        if (therapists == null) {
            therapists = assignments.loads();
        }
        return therapists;
    }

    /** The lists' filters, as typed. */
    public CaseListFilters getFilters() {
        return filters;
    }

    public ListModel<CaseRow> getCouples() {
        return couples;
    }

    public ListModel<CaseRow> getWaiting() {
        return waiting;
    }








}

package org.reconnect.bench.app;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.assessment.boundary.AssessmentFigures;
import org.reconnect.couple.boundary.CaseRow;
import org.reconnect.homework.boundary.HomeworkFigures;
import org.reconnect.notes.boundary.OverdueNote;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.shared.web.CaseListFilters;
import org.reconnect.shared.web.ListModel;

import java.io.Serializable;
import java.util.List;

/**
 * Bench WAR only: backs the control page, which is the caseload page's own markup
 * ({@code WEB-INF/includes/caseload.xhtml}) filled from {@link CaseloadSnapshot} instead of the
 * database. Same scope, same model type and same public surface as {@code CaseloadView}.
 */
@Named
@ViewScoped
public class ControlCaseloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseloadSnapshot snapshot;

    private final CaseListFilters filters = new CaseListFilters();
    private ListModel<CaseRow> couples;

    @PostConstruct
    void init() {
        couples = new ListModel<>(applied -> snapshot.held().rows().size(), this::page, CaseRow::id, java.util.HashMap::new);
    }

    private List<CaseRow> page(PageRequest request) {
        List<CaseRow> rows = snapshot.held().rows();
        int from = Math.min(request.first(), rows.size());
        return new java.util.ArrayList<>(rows.subList(from, Math.min(rows.size(), from + request.size())));
    }

    public HomeworkFigures.Figures of(long coupleId) {
        return snapshot.held().figures().get(coupleId);
    }

    public AssessmentFigures.Flags assessments(long coupleId) {
        return snapshot.held().flags().get(coupleId);
    }

    public long unread(long coupleId) {
        return snapshot.held().unread().getOrDefault(coupleId, 0L);
    }

    public List<OverdueNote> getOverdueNotes() {
        return snapshot.held().overdueNotes();
    }

    public AssessmentFigures.Flags getSummary() {
        return snapshot.held().summary();
    }

    /** The list's filters, as typed (the control page applies none). */
    public CaseListFilters getFilters() {
        return filters;
    }

    public ListModel<CaseRow> getCouples() {
        return couples;
    }
}

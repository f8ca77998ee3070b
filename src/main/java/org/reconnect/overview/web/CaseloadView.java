package org.reconnect.overview.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.assessment.boundary.AssessmentFigures;
import org.reconnect.couple.boundary.CaseRow;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.homework.boundary.HomeworkFigures;
import org.reconnect.messaging.boundary.MessageInbox;
import org.reconnect.notes.boundary.OverdueNote;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.shared.web.CaseListFilters;
import org.reconnect.shared.web.ListModel;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Backs /therapist/: the therapist's couples, one page at a time, with search and filters. */
@Named
@ViewScoped
public class CaseloadView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cases cases;

    @Inject
    HomeworkFigures homework;

    @Inject
    AssessmentFigures assessments;

    @Inject
    SessionNotes notes;

    @Inject
    MessageInbox messageInbox;

    private final CaseListFilters filters = new CaseListFilters();
    private ListModel<CaseRow> couples;
    private Map<Long, HomeworkFigures.Figures> figures;
    private Map<Long, AssessmentFigures.Flags> flags;
    private Map<Long, Long> unread;
    private AssessmentFigures.Flags summary;
    private List<OverdueNote> overdueNotes;

    @PostConstruct
    void init() {
        couples = new ListModel<>(cases::caseloadCount, this::page, CaseRow::id, filters::asMap);
    }

    /** A page of couples, their homework figures, flags and unread messages: a fixed number of statements. */
    private List<CaseRow> page(PageRequest request) {
        List<CaseRow> rows = cases.caseloadRows(request);
        List<Long> ids = rows.stream().map(CaseRow::id).toList();
        figures = rows.isEmpty() ? Map.of() : new HashMap<>(homework.forCouples(ids));
        flags = rows.isEmpty() ? Map.of() : new HashMap<>(assessments.forCouples(ids));
        unread = rows.isEmpty() ? Map.of() : new HashMap<>(messageInbox.unreadByCouple(ids));
        return rows;
    }

    /** A couple's homework figures on the page shown, or {@code null}. */
    public HomeworkFigures.Figures of(long coupleId) {
        return figures == null ? null : figures.get(coupleId);
    }

    /** A couple's assessment flags on the page shown, or {@code null}. */
    public AssessmentFigures.Flags assessments(long coupleId) {
        return flags == null ? null : flags.get(coupleId);
    }

    /** How many messages to the therapist in a couple's conversations they have not read, on the page shown. */
    public long unread(long coupleId) {
        return unread == null ? 0 : unread.getOrDefault(coupleId, 0L);
    }

    /** Attended sessions whose note is not signed 72 hours after they ended. */
    public List<OverdueNote> getOverdueNotes() {
        if (overdueNotes == null) {
            overdueNotes = notes.overdue();
        }
        return overdueNotes;
    }

    /** Over the whole caseload: couples with a reliable deterioration, questionnaires overdue. */
    public AssessmentFigures.Flags getSummary() {
        if (summary == null) {
            summary = assessments.caseloadSummary();
        }
        return summary;
    }


    /** The list's filters, as typed. */
    public CaseListFilters getFilters() {
        return filters;
    }

    public ListModel<CaseRow> getCouples() {
        return couples;
    }






}

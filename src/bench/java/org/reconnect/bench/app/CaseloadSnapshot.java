package org.reconnect.bench.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.reconnect.assessment.boundary.AssessmentFigures;
import org.reconnect.couple.boundary.CaseRow;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.homework.boundary.HomeworkFigures;
import org.reconnect.messaging.boundary.MessageInbox;
import org.reconnect.notes.boundary.OverdueNote;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.shared.boundary.PageRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bench WAR only: one therapist's real caseload (rows, figures, flags, unread messages, overdue notes), read
 * through the same boundaries as the caseload page the first time the control page is opened, and
 * held in memory from then on. The control page renders it without touching the database, so it
 * costs what the stack itself costs for the same markup.
 */
@ApplicationScoped
public class CaseloadSnapshot {

    /** A caseload larger than this is cut (the control page shows 25 rows at a time anyway). */
    private static final int MOST_ROWS = 500;

    @Inject
    Cases cases;

    @Inject
    HomeworkFigures homework;

    @Inject
    AssessmentFigures assessments;

    @Inject
    SessionNotes notes;

    @Inject
    MessageInbox messages;

    private volatile Held held;

    /** What the control page shows, the same for everyone. */
    public record Held(List<CaseRow> rows, Map<Long, HomeworkFigures.Figures> figures,
                       Map<Long, AssessmentFigures.Flags> flags, Map<Long, Long> unread,
                       AssessmentFigures.Flags summary, List<OverdueNote> overdueNotes) {
    }

    /** The snapshot, taken on the first call as the signed-in therapist. */
    public Held held() {
        Held now = held;
        if (now == null) {
            synchronized (this) {
                if (held == null) {
                    held = take();
                }
                now = held;
            }
        }
        return now;
    }

    private Held take() {
        List<CaseRow> rows = new ArrayList<>();
        for (int first = 0; rows.size() < MOST_ROWS; first += 100) {
            List<CaseRow> page = cases.caseloadRows(new PageRequest(first, 100, null, true, new HashMap<>()));
            rows.addAll(page);
            if (page.size() < 100) {
                break;
            }
        }
        List<Long> ids = rows.stream().map(CaseRow::id).toList();
        return new Held(List.copyOf(rows),
                ids.isEmpty() ? Map.of() : Map.copyOf(homework.forCouples(ids)),
                ids.isEmpty() ? Map.of() : Map.copyOf(assessments.forCouples(ids)),
                ids.isEmpty() ? Map.of() : Map.copyOf(messages.unreadByCouple(ids)),
                assessments.caseloadSummary(), List.copyOf(notes.overdue()));
    }
}

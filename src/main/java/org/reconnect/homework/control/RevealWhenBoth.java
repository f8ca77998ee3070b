package org.reconnect.homework.control;

import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkEntry;
import org.reconnect.homework.entity.Visibility;

import java.util.List;
import java.util.Set;

/**
 * "Reveal when both": each partner answers a period on their own and reads the other's answer
 * once they have answered the same period too. From then on their own answer stays as it was
 * read: changing it after reading the other's would defeat answering independently.
 */
public final class RevealWhenBoth {

    private RevealWhenBoth() {
    }

    public static boolean appliesTo(HomeworkAssignment assignment) {
        return assignment.getVisibility() == Visibility.REVEAL_WHEN_BOTH;
    }

    /**
     * The assignments on which the reader wrote "reveal when both" entries among {@code entries}:
     * the ones whose periods the other partner may have answered too. Each once.
     */
    public static List<Long> assignmentsAnsweredBy(Long readerId, List<HomeworkEntry> entries) {
        return entries.stream()
                .filter(e -> e.getAuthor().getId().equals(readerId) && appliesTo(e.getAssignment()))
                .map(e -> e.getAssignment().getId()).distinct().toList();
    }

    /** One period of one assignment, as {@link #revealed} looks it up. */
    public static String period(Object assignmentId, Object periodKey) {
        return assignmentId + "/" + periodKey;
    }

    /** Whether the other partner has answered the entry's period too, given the {@link #period}s they answered. */
    public static boolean revealed(HomeworkEntry entry, Set<String> answeredByOther) {
        return answeredByOther.contains(period(entry.getAssignment().getId(), entry.getPeriodKey()));
    }
}

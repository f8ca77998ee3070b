package org.reconnect.program.control;

import org.reconnect.homework.entity.HomeworkType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Whether a couple has done what their current step asks, so that the system can suggest moving
 * on, and why. Each criterion counts entries of one homework type in its window (the last N days
 * up to today, in the couple's calendar), for each partner or for the couple.
 */
public final class StepReadiness {

    private StepReadiness() {
    }

    /** What a step asks (mirrors program_step_criterion). */
    public record Criterion(HomeworkType type, int minCount, int withinDays, boolean perPartner) {
    }

    /** One logged entry as the check sees it. */
    public record Logged(HomeworkType type, int authorPosition, LocalDate day) {
    }

    /** The outcome for one criterion: counts of partner 1, partner 2, and the couple. */
    public record Check(Criterion criterion, int partner1, int partner2, boolean met) {

        public int couple() {
            return partner1 + partner2;
        }
    }

    /** All checks; {@code ready} when there is at least one and all are met. */
    public record Readiness(boolean ready, List<Check> checks) {
    }

    public static Readiness evaluate(Collection<Criterion> criteria, Collection<Logged> logged, LocalDate today) {
        List<Check> checks = new ArrayList<>();
        for (Criterion criterion : criteria) {
            LocalDate from = today.minusDays(criterion.withinDays() - 1L);
            int p1 = count(logged, criterion.type(), 1, from, today);
            int p2 = count(logged, criterion.type(), 2, from, today);
            boolean met = criterion.perPartner()
                    ? p1 >= criterion.minCount() && p2 >= criterion.minCount()
                    : p1 + p2 >= criterion.minCount();
            checks.add(new Check(criterion, p1, p2, met));
        }
        return new Readiness(!checks.isEmpty() && checks.stream().allMatch(Check::met), checks);
    }

    private static int count(Collection<Logged> logged, HomeworkType type, int position, LocalDate from, LocalDate to) {
        return (int) logged.stream()
                .filter(l -> l.type() == type && l.authorPosition() == position
                        && !l.day().isBefore(from) && !l.day().isAfter(to))
                .count();
    }

    /** The longest window any criterion looks back, for the query that feeds {@link #evaluate}. */
    public static int lookBackDays(Collection<Criterion> criteria) {
        return criteria.stream().mapToInt(Criterion::withinDays).max().orElse(0);
    }
}

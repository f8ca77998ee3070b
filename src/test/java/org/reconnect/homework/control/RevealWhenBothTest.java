package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkEntry;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.homework.control.Fixtures.MONDAY;

class RevealWhenBothTest {

    private final Couple couple = Fixtures.couple();
    private final Partner alex = Fixtures.first(couple);
    private final Partner sam = Fixtures.second(couple);
    private final HomeworkAssignment needs = Fixtures.assignment(couple, null, HomeworkType.EMOTIONAL_NEEDS_EXERCISE,
            Cadence.WEEKLY, MONDAY, null, Visibility.REVEAL_WHEN_BOTH);
    private final HomeworkAssignment date = Fixtures.assignment(couple, null, HomeworkType.EMOTIONAL_DATE,
            Cadence.WEEKLY, MONDAY, null, Visibility.REVEAL_WHEN_BOTH);
    private final HomeworkAssignment shared = Fixtures.assignment(couple, null, HomeworkType.KINDNESS_PRACTICE,
            Cadence.DAILY, MONDAY, null, Visibility.SHARED);

    @Test
    void onlyRevealWhenBothHomeworkIsHeldBack() {
        assertTrue(RevealWhenBoth.appliesTo(needs));
        assertFalse(RevealWhenBoth.appliesTo(shared));
        assertFalse(RevealWhenBoth.appliesTo(Fixtures.assignment(couple, alex, HomeworkType.SELF_CARE_JOURNAL, Cadence.DAILY,
                MONDAY, null, Visibility.REVEAL_WHEN_BOTH)), "a journal is always private, whatever was asked for");
    }

    @Test
    void theReadersOwnRevealWhenBothAnswersAreAskedAboutEachAssignmentOnce() {
        List<HomeworkEntry> page = List.of(
                Fixtures.entry(needs, alex, MONDAY), Fixtures.entry(needs, alex, MONDAY.plusWeeks(1)),
                Fixtures.entry(date, sam, MONDAY), Fixtures.entry(shared, alex, MONDAY), Fixtures.entry(date, alex, MONDAY));

        assertEquals(List.of(needs.getId(), date.getId()), RevealWhenBoth.assignmentsAnsweredBy(alex.getId(), page));
        assertEquals(List.of(date.getId()), RevealWhenBoth.assignmentsAnsweredBy(sam.getId(), page));
        assertEquals(List.of(), RevealWhenBoth.assignmentsAnsweredBy(sam.getId(), List.of(Fixtures.entry(shared, sam, MONDAY))));
    }

    @Test
    void anAnswerIsRevealedWhenTheOtherAnsweredTheSamePeriod() {
        HomeworkEntry thisWeek = Fixtures.entry(date, alex, MONDAY.plusDays(3));
        HomeworkEntry nextWeek = Fixtures.entry(date, alex, MONDAY.plusWeeks(1));
        Set<String> samAnswered = Set.of(RevealWhenBoth.period(date.getId(), CoupleCalendar.periodKey(Cadence.WEEKLY, MONDAY)));

        assertEquals(date.getId() + "/2026-W47", RevealWhenBoth.period(date.getId(), "2026-W47"));
        assertTrue(RevealWhenBoth.revealed(thisWeek, samAnswered), "Thursday is in the week Sam answered");
        assertFalse(RevealWhenBoth.revealed(nextWeek, samAnswered));
        assertFalse(RevealWhenBoth.revealed(Fixtures.entry(needs, alex, MONDAY), samAnswered), "another assignment's period");
    }
}

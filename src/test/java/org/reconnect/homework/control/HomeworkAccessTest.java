package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.couple.entity.Screening;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.HomeworkEntry;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.homework.control.Fixtures.MONDAY;

class HomeworkAccessTest {

    private static final Instant LOGGED = Instant.parse("2026-11-16T19:00:00Z");

    private final Couple couple = Fixtures.couple();
    private final Partner alex = Fixtures.first(couple);
    private final Partner sam = Fixtures.second(couple);

    private HomeworkAssignment homework(Partner forPartner, HomeworkType type) {
        return Fixtures.assignment(couple, forPartner, type, Cadence.DAILY, MONDAY, null, Visibility.SHARED);
    }

    private void clearBoth() {
        alex.recordScreening(Screening.CLEARED, MONDAY, "maya@demo.test", null);
        sam.recordScreening(Screening.CLEARED, MONDAY, "maya@demo.test", null);
    }

    @Test
    void aPartnerSeesTheirOwnAndTheCouplesHomework() {
        clearBoth();

        assertTrue(HomeworkAccess.sees(alex, homework(null, HomeworkType.KINDNESS_PRACTICE)));
        assertTrue(HomeworkAccess.sees(alex, homework(alex, HomeworkType.KINDNESS_PRACTICE)));
        assertFalse(HomeworkAccess.sees(alex, homework(sam, HomeworkType.KINDNESS_PRACTICE)), "meant for the other partner");
    }

    @Test
    void anotherCouplesHomeworkIsNotSeen() {
        Couple other = Fixtures.couple();
        HomeworkAssignment theirs = Fixtures.assignment(other, Fixtures.first(other), HomeworkType.SELF_CARE_JOURNAL,
                Cadence.DAILY, MONDAY, null, Visibility.PRIVATE);

        assertFalse(HomeworkAccess.sees(alex, theirs));
    }

    @Test
    void jointHomeworkIsPutAsideWhileTheScreeningBlocksJointWork() {
        HomeworkAssignment both = homework(null, HomeworkType.KINDNESS_PRACTICE);
        HomeworkAssignment dateForAlex = homework(alex, HomeworkType.EMOTIONAL_DATE);
        HomeworkAssignment alexAlone = homework(alex, HomeworkType.KINDNESS_PRACTICE);

        assertFalse(HomeworkAccess.jointWorkAllows(both), "neither partner screened yet");
        assertFalse(HomeworkAccess.sees(alex, dateForAlex), "a date is done together, whoever it is set for");
        assertTrue(HomeworkAccess.sees(alex, alexAlone), "individual homework goes on");

        clearBoth();

        assertTrue(HomeworkAccess.jointWorkAllows(both));
        assertTrue(HomeworkAccess.sees(alex, dateForAlex));
    }

    @Test
    void loggingNeedsAnOpenCaseAndHomeworkThatHasNotEnded() {
        HomeworkAssignment kindness = homework(alex, HomeworkType.KINDNESS_PRACTICE);
        assertEquals(Optional.empty(), HomeworkAccess.loggingRefusal(alex, kindness));

        kindness.complete(MONDAY.plusDays(2));
        assertEquals(Optional.of("homework.ended"), HomeworkAccess.loggingRefusal(alex, kindness));

        couple.moveTo(CaseStatus.DISCHARGED, "moved away", MONDAY.plusDays(3));
        assertEquals(Optional.of("case.readOnly"), HomeworkAccess.loggingRefusal(alex, kindness), "the case first");
    }

    @Test
    void anEntryIsItsAuthorsToChangeForADay() {
        HomeworkEntry entry = Fixtures.createdAt(Fixtures.entry(homework(alex, HomeworkType.KINDNESS_PRACTICE), alex, MONDAY),
                LOGGED);

        assertTrue(HomeworkAccess.owns(alex, entry));
        assertFalse(HomeworkAccess.owns(sam, entry));
        assertTrue(HomeworkAccess.mayChange(alex, entry, LOGGED.plus(Duration.ofHours(23))));
        assertFalse(HomeworkAccess.mayChange(sam, entry, LOGGED.plus(Duration.ofHours(1))), "not the author");
        assertFalse(HomeworkAccess.mayChange(alex, entry, LOGGED.plus(HomeworkEntry.EDITABLE_FOR)), "a day later");
    }

    @Test
    void nothingChangesInAReadOnlyCase() {
        HomeworkEntry entry = Fixtures.createdAt(Fixtures.entry(homework(alex, HomeworkType.KINDNESS_PRACTICE), alex, MONDAY),
                LOGGED);
        couple.moveTo(CaseStatus.DISCHARGED, "moved away", MONDAY.plusDays(1));

        assertFalse(HomeworkAccess.mayChange(alex, entry, LOGGED.plusSeconds(60)));
    }

    @Test
    void aChangeIsRefusedWhenLockedOrChangedMeanwhile() {
        HomeworkEntry entry = Fixtures.createdAt(Fixtures.entry(homework(alex, HomeworkType.KINDNESS_PRACTICE), alex, MONDAY),
                LOGGED);
        Instant soon = LOGGED.plus(Duration.ofHours(2));

        assertEquals(Optional.empty(), HomeworkAccess.changeRefusal(entry, soon, null), "opening it");
        assertEquals(Optional.empty(), HomeworkAccess.changeRefusal(entry, soon, entry.getVersion()));
        assertEquals(Optional.of("edit.conflict"), HomeworkAccess.changeRefusal(entry, soon, entry.getVersion() + 1));
        assertEquals(Optional.of("entry.locked"), HomeworkAccess.changeRefusal(entry, LOGGED.plus(Duration.ofHours(25)),
                entry.getVersion() + 1), "locked comes first");
    }
}

package org.reconnect.program.control;

import org.junit.jupiter.api.Test;
import org.reconnect.homework.entity.HomeworkType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepReadinessTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static final StepReadiness.Criterion TEN_MOMENTS_EACH_IN_14_DAYS =
            new StepReadiness.Criterion(HomeworkType.MICRO_MOMENT_LOG, 10, 14, true);
    private static final StepReadiness.Criterion TWO_DATES_IN_21_DAYS =
            new StepReadiness.Criterion(HomeworkType.EMOTIONAL_DATE, 2, 21, false);

    private static List<StepReadiness.Logged> moments(int position, int count, int daysAgo) {
        List<StepReadiness.Logged> logged = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            logged.add(new StepReadiness.Logged(HomeworkType.MICRO_MOMENT_LOG, position, TODAY.minusDays(daysAgo)));
        }
        return logged;
    }

    @Test
    void stepFourIsReadyWhenEachPartnerLoggedTenMomentsInTwoWeeks() {
        List<StepReadiness.Logged> logged = new ArrayList<>(moments(1, 10, 3));
        logged.addAll(moments(2, 12, 13));

        StepReadiness.Readiness readiness = StepReadiness.evaluate(List.of(TEN_MOMENTS_EACH_IN_14_DAYS), logged, TODAY);

        assertTrue(readiness.ready());
        assertEquals(10, readiness.checks().get(0).partner1());
        assertEquals(12, readiness.checks().get(0).partner2());
    }

    @Test
    void oneBusyPartnerIsNotEnoughWhenEachMustLog() {
        StepReadiness.Readiness readiness = StepReadiness.evaluate(List.of(TEN_MOMENTS_EACH_IN_14_DAYS), moments(1, 25, 1), TODAY);

        assertFalse(readiness.ready());
    }

    @Test
    void entriesOutsideTheWindowDoNotCount() {
        List<StepReadiness.Logged> logged = new ArrayList<>(moments(1, 10, 14));
        logged.addAll(moments(2, 10, 0));

        assertFalse(StepReadiness.evaluate(List.of(TEN_MOMENTS_EACH_IN_14_DAYS), logged, TODAY).ready());
    }

    @Test
    void coupleCriteriaCountBothPartnersTogether() {
        List<StepReadiness.Logged> logged = List.of(
                new StepReadiness.Logged(HomeworkType.EMOTIONAL_DATE, 1, TODAY.minusDays(20)),
                new StepReadiness.Logged(HomeworkType.EMOTIONAL_DATE, 2, TODAY.minusDays(2)));

        assertTrue(StepReadiness.evaluate(List.of(TWO_DATES_IN_21_DAYS), logged, TODAY).ready());
    }

    @Test
    void aStepWithoutCriteriaIsNeverSuggested() {
        assertFalse(StepReadiness.evaluate(List.of(), moments(1, 100, 0), TODAY).ready());
    }

    @Test
    void lookBackCoversTheLongestWindow() {
        assertEquals(21, StepReadiness.lookBackDays(List.of(TEN_MOMENTS_EACH_IN_14_DAYS, TWO_DATES_IN_21_DAYS)));
    }
}

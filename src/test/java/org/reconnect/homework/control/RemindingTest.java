package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;

import org.reconnect.homework.entity.Cadence;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RemindingTest {

    @Test
    void dailyIsDueForTheDayWeeklyForTheWeekOnceUntilDone() {
        LocalDate wednesday = LocalDate.of(2026, 3, 4);
        LocalDate monday = wednesday.minusDays(2);
        assertEquals(new Reminding.Due(Reminding.Period.TODAY, 0, 1),
                Reminding.due(Cadence.DAILY, 1, monday, null, List.of(monday, wednesday.minusDays(1)), wednesday));
        assertNull(Reminding.due(Cadence.DAILY, 1, monday, null, List.of(wednesday), wednesday), "done for today");
        assertEquals(new Reminding.Due(Reminding.Period.THIS_WEEK, 1, 2),
                Reminding.due(Cadence.WEEKLY, 2, monday, null, List.of(monday), wednesday));
        assertNull(Reminding.due(Cadence.WEEKLY, 2, monday, null, List.of(monday, monday.plusDays(1)), wednesday));
        assertEquals(new Reminding.Due(Reminding.Period.ONCE, 0, 1),
                Reminding.due(Cadence.ONCE, 1, monday.minusWeeks(2), null, List.of(), wednesday));
        assertNull(Reminding.due(Cadence.ONCE, 1, monday.minusWeeks(2), null, List.of(monday.minusWeeks(1)), wednesday),
                "done in an earlier week");
    }
}

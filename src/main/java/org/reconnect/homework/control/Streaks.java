package org.reconnect.homework.control;

import org.reconnect.homework.entity.Cadence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How many days (daily homework) or weeks (weekly homework) in a row the target was met, up to
 * now. Today (this week) only counts once it is met: until then the streak runs to yesterday
 * (last week), so nobody loses a streak in the morning.
 */
public final class Streaks {

    private Streaks() {
    }

    public static int current(Cadence cadence, int target, Collection<LocalDate> entryDays, LocalDate today) {
        return switch (cadence) {
            case ONCE -> entryDays.isEmpty() ? 0 : 1;
            case DAILY -> run(counts(entryDays, Function.identity()), today, 1, target);
            case WEEKLY -> run(counts(entryDays, CoupleCalendar::weekStart), CoupleCalendar.weekStart(today), 7, target);
        };
    }

    private static Map<LocalDate, Long> counts(Collection<LocalDate> days, Function<LocalDate, LocalDate> bucket) {
        return days.stream().collect(Collectors.groupingBy(bucket, TreeMap::new, Collectors.counting()));
    }

    private static int run(Map<LocalDate, Long> counts, LocalDate current, int stepDays, int target) {
        LocalDate cursor = counts.getOrDefault(current, 0L) >= target ? current : current.minusDays(stepDays);
        int streak = 0;
        while (counts.getOrDefault(cursor, 0L) >= target) {
            streak++;
            cursor = cursor.minusDays(stepDays);
        }
        return streak;
    }
}

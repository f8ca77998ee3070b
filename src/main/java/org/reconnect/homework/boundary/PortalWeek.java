package org.reconnect.homework.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * "This week" in the portal: the calling partner's open homework with what is due and done
 * this week and the streaks, and the micro-moment log to open in one tap.
 *
 * @param monday         the first day of the couple's week
 * @param today          today in the couple's time zone
 * @param homework       the partner's homework open this week
 * @param microMomentId  the open micro-moment log, or {@code null}
 * @param readOnly       the case has ended: nothing can be logged
 */
public record PortalWeek(LocalDate monday, LocalDate today, List<HomeworkRow> homework, Long microMomentId,
                         boolean readOnly) implements Serializable {

    public int getDue() {
        return homework.stream().mapToInt(h -> Math.max(0, h.expectedThisWeek() - h.doneThisWeek())).sum();
    }
}

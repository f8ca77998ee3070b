package org.reconnect.homework.boundary;

import org.reconnect.homework.entity.HomeworkType;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What the therapist reviews of a couple's homework over the last weeks: adherence per
 * assignment and partner and week, each partner's turn-toward ratio per week, and the
 * emotional-date ratings of both partners side by side.
 *
 * @param partner1       partner 1's name
 * @param partner2       partner 2's name, or {@code null}
 * @param mondays        the weeks shown, oldest first
 * @param adherence      one row per assignment and partner it is for
 * @param towardPartner1 partner 1's weekly ratio, one per Monday
 * @param towardPartner2 partner 2's weekly ratio, one per Monday
 * @param dates          emotional dates, newest first
 * @param lastEntry      the day of the newest entry, or {@code null}
 * @param quiet          no homework logged for the last 7 days though some was open
 * @param caseNumber     the couple's case number
 */
public record ReviewDetails(String partner1, String partner2, List<LocalDate> mondays, List<AdherenceRow> adherence,
                         List<Ratio> towardPartner1, List<Ratio> towardPartner2, List<DateRatings> dates,
                         LocalDate lastEntry, boolean quiet, String caseNumber) implements Serializable {

    /** Expected and done in one week. */
    public record WeekCell(int expected, int done) implements Serializable {

        public boolean isMet() {
            return expected > 0 && done >= expected;
        }

        public boolean isMissed() {
            return expected > 0 && done == 0;
        }
    }

    /** One assignment for one partner, week by week. */
    public record AdherenceRow(long assignmentId, String title, HomeworkType type, String partnerName,
                               List<WeekCell> weeks, Integer percent) implements Serializable {
    }

    /** Of the bids one partner answered in a week, how many they turned toward. */
    public record Ratio(LocalDate monday, int answered, int toward, Integer percent) implements Serializable {
    }

    /** One emotional date (an assignment's period) with each partner's connection rating. */
    public record DateRatings(LocalDate day, String title, Integer rating1, Integer rating2, Integer minutes)
            implements Serializable {
    }

}

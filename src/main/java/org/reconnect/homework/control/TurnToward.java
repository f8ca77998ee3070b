package org.reconnect.homework.control;

import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidResponse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The headline number of step 4: of the bids for connection a partner answered, the share they
 * turned toward. A logged micro-moment names who made the bid from the author's side, so the
 * one who answered is the other partner when the author made the bid, and the author when the
 * partner did.
 */
public final class TurnToward {

    private TurnToward() {
    }

    /** One logged bid: the day, who logged it (partner position 1 or 2), who made it, how it was answered. */
    public record Bid(LocalDate day, int authorPosition, BidBy by, BidResponse response) {

        /** Position of the partner who answered the bid. */
        public int responder() {
            return by == BidBy.ME ? 3 - authorPosition : authorPosition;
        }
    }

    /** One week's ratio for one partner; {@code percent} is {@code null} when they answered no bids. */
    public record WeekRatio(LocalDate monday, int responder, int answered, int turnedToward) {

        public Integer percent() {
            return answered == 0 ? null : (int) Math.round(100.0 * turnedToward / answered);
        }
    }

    public static WeekRatio ratio(Collection<Bid> bids, int responder, LocalDate from, LocalDate to) {
        int answered = 0;
        int toward = 0;
        for (Bid bid : bids) {
            if (bid.responder() == responder && !bid.day().isBefore(from) && !bid.day().isAfter(to)) {
                answered++;
                if (bid.response() == BidResponse.TURNED_TOWARD) {
                    toward++;
                }
            }
        }
        return new WeekRatio(from, responder, answered, toward);
    }

    /** Week by week from {@code firstMonday}, for one responder. */
    public static List<WeekRatio> weekly(Collection<Bid> bids, int responder, LocalDate firstMonday, int weeks) {
        List<WeekRatio> result = new ArrayList<>(weeks);
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            result.add(ratio(bids, responder, monday, monday.plusDays(6)));
        }
        return result;
    }
}

package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.reconnect.homework.entity.BidBy.ME;
import static org.reconnect.homework.entity.BidBy.PARTNER;
import static org.reconnect.homework.entity.BidResponse.TURNED_AGAINST;
import static org.reconnect.homework.entity.BidResponse.TURNED_AWAY;
import static org.reconnect.homework.entity.BidResponse.TURNED_TOWARD;

class TurnTowardTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Test
    void theOneWhoAnsweredIsTheOtherWhenTheAuthorMadeTheBid() {
        assertEquals(2, new TurnToward.Bid(MONDAY, 1, ME, TURNED_TOWARD).responder());
        assertEquals(1, new TurnToward.Bid(MONDAY, 1, PARTNER, TURNED_TOWARD).responder());
        assertEquals(1, new TurnToward.Bid(MONDAY, 2, ME, TURNED_AWAY).responder());
    }

    @Test
    void ratioIsTheShareOfAnsweredBidsTurnedToward() {
        List<TurnToward.Bid> bids = List.of(
                new TurnToward.Bid(MONDAY, 1, ME, TURNED_TOWARD),          // partner 2 answered
                new TurnToward.Bid(MONDAY.plusDays(1), 1, ME, TURNED_AWAY), // partner 2 answered
                new TurnToward.Bid(MONDAY, 2, PARTNER, TURNED_TOWARD),      // partner 2 answered
                new TurnToward.Bid(MONDAY, 2, ME, TURNED_AGAINST));         // partner 1 answered

        TurnToward.WeekRatio second = TurnToward.ratio(bids, 2, MONDAY, MONDAY.plusDays(6));
        TurnToward.WeekRatio first = TurnToward.ratio(bids, 1, MONDAY, MONDAY.plusDays(6));

        assertEquals(3, second.answered());
        assertEquals(67, second.percent());
        assertEquals(0, first.percent());
    }

    @Test
    void weekWithoutBidsHasNoRatio() {
        List<TurnToward.WeekRatio> weeks = TurnToward.weekly(
                List.of(new TurnToward.Bid(MONDAY, 1, ME, TURNED_TOWARD)), 2, MONDAY, 2);

        assertEquals(100, weeks.get(0).percent());
        assertNull(weeks.get(1).percent());
    }
}

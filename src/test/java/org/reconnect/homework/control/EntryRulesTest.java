package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.HomeworkType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntryRulesTest {

    private static List<String> fields(HomeworkType type, EntryRules.Values values) {
        return EntryRules.problems(type, values).stream().map(EntryRules.Problem::field).toList();
    }

    @Test
    void microMomentNeedsWhoAndHowItWasAnswered() {
        assertEquals(List.of("bidBy", "response"),
                fields(HomeworkType.MICRO_MOMENT_LOG, new EntryRules.Values(null, null, null, null, null, null, null, null)));
        assertTrue(fields(HomeworkType.MICRO_MOMENT_LOG,
                new EntryRules.Values(BidBy.ME, BidResponse.TURNED_TOWARD, null, null, null, null, null, null)).isEmpty());
    }

    @Test
    void dateNeedsMinutesAndARatingFromOneToTen() {
        assertEquals(List.of("minutes", "rating"),
                fields(HomeworkType.EMOTIONAL_DATE, new EntryRules.Values(null, null, 0, null, null, 11, "ok", Boolean.TRUE)));
        assertTrue(fields(HomeworkType.EMOTIONAL_DATE, new EntryRules.Values(null, null, 45, null, null, 10, null, Boolean.FALSE)).isEmpty());
        assertEquals(List.of("phonesOff"), fields(HomeworkType.EMOTIONAL_DATE,
                new EntryRules.Values(null, null, 45, null, null, 10, null, null)), "whether phones were off is asked, never assumed");
    }

    @Test
    void writtenHomeworkNeedsTextThatFits() {
        assertEquals(List.of("text"), fields(HomeworkType.KINDNESS_PRACTICE, new EntryRules.Values(null, null, null, null, null, null, " ", null)));
        assertEquals(List.of("text"), fields(HomeworkType.KINDNESS_PRACTICE,
                new EntryRules.Values(null, null, null, null, null, null, "x".repeat(EntryRules.TEXT_MAX + 1), null)));
    }

    @Test
    void journalAsksForAMoodRating() {
        assertEquals(List.of("rating"), fields(HomeworkType.SELF_CARE_JOURNAL,
                new EntryRules.Values(null, null, null, null, null, null, "a quiet walk", null)));
    }

    @Test
    void ratingOutOfRangeIsRefusedWhereItIsOptional() {
        assertEquals(List.of("rating"), fields(HomeworkType.CURIOSITY_QUESTIONS,
                new EntryRules.Values(null, null, null, null, null, 0, "what made you laugh today?", null)));
    }

    @Test
    void markupIsRefusedButAHeartIsNot() {
        List<EntryRules.Problem> problems = EntryRules.problems(HomeworkType.KINDNESS_PRACTICE,
                new EntryRules.Values(null, null, null, null, null, null, "<script>alert(1)</script>", null));
        assertEquals(List.of(new EntryRules.Problem("text", "text.markup")), problems);
        assertEquals(List.of("prompts"), fields(HomeworkType.EMOTIONAL_DATE,
                new EntryRules.Values(null, null, 30, "<img src=x onerror=alert(1)>", null, 7, null, Boolean.TRUE)));
        assertTrue(fields(HomeworkType.KINDNESS_PRACTICE,
                new EntryRules.Values(null, null, null, null, null, null, "made tea <3, and 2 < 3", null)).isEmpty());
    }
}

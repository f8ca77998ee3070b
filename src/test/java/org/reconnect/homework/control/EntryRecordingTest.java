package org.reconnect.homework.control;

import org.junit.jupiter.api.Test;
import org.reconnect.couple.entity.Couple;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidKind;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkEntry;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.homework.entity.Visibility;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.reconnect.homework.control.Fixtures.MONDAY;

class EntryRecordingTest {

    private static final Instant NOW = Instant.parse("2026-11-16T19:00:00Z");

    private final Couple couple = Fixtures.couple();

    private HomeworkEntry entry(HomeworkType type) {
        return Fixtures.entry(Fixtures.assignment(couple, null, type, Cadence.DAILY, MONDAY, null, Visibility.SHARED),
                Fixtures.first(couple), MONDAY);
    }

    private static EntryRules.Values values(BidBy by, BidResponse response, Integer minutes, String prompts, String prompt,
                                            Integer rating, String text, Boolean phonesOff) {
        return new EntryRules.Values(by, response, minutes, prompts, prompt, rating, text, phonesOff);
    }

    @Test
    void aMomentAheadOfTheClockIsAProblemAfterTheOthers() {
        List<EntryRules.Problem> problems = EntryRecording.problems(HomeworkType.MICRO_MOMENT_LOG,
                values(null, BidResponse.TURNED_TOWARD, null, null, null, null, null, null), NOW.plusSeconds(3600), NOW);

        assertEquals(List.of(new EntryRules.Problem("bidBy", "entry.bidBy.required"), new EntryRules.Problem("time", "entry.future")),
                problems);
    }

    @Test
    void aMomentNowHasNoProblem() {
        assertEquals(List.of(), EntryRecording.problems(HomeworkType.MICRO_MOMENT_LOG,
                values(BidBy.PARTNER, BidResponse.TURNED_AWAY, null, null, null, null, null, null), NOW, NOW));
    }

    @Test
    void otherTypesHaveNoTime() {
        assertEquals(List.of(new EntryRules.Problem("minutes", "entry.minutes.range")), EntryRecording.problems(
                HomeworkType.DAILY_TALK, values(null, null, 0, null, "a question", 8, null, null), null, NOW));
    }

    @Test
    void aMomentIsWrittenWithItsTimeAndATidyNote() {
        HomeworkEntry moment = entry(HomeworkType.MICRO_MOMENT_LOG);

        EntryRecording.record(moment, values(BidBy.ME, BidResponse.TURNED_TOWARD, 30, "x", "y", 5, "  a hug  ", true),
                BidKind.AFFECTION, NOW);

        assertEquals(BidBy.ME, moment.getBidBy());
        assertEquals(BidKind.AFFECTION, moment.getBidKind());
        assertEquals(BidResponse.TURNED_TOWARD, moment.getResponse());
        assertEquals(NOW, moment.getOccurredAt());
        assertEquals("a hug", moment.getText());
        assertNull(moment.getMinutes(), "only what a moment holds is written");
        assertNull(moment.getRating());
    }

    @Test
    void aDateIsWrittenWithItsMinutesPhonesPromptsAndRating() {
        HomeworkEntry date = entry(HomeworkType.EMOTIONAL_DATE);

        EntryRecording.record(date, values(BidBy.ME, null, 90, " the map ", "ignored", 9, "   ", false), null, null);

        assertEquals(90, date.getMinutes());
        assertEquals(Boolean.FALSE, date.getPhonesOff());
        assertEquals("the map", date.getPrompts());
        assertEquals(9, date.getRating());
        assertNull(date.getText(), "a blank reflection is none");
        assertNull(date.getPrompt());
        assertNull(date.getBidBy());
    }

    @Test
    void aTalkIsWrittenWithItsMinutesPromptAndRating() {
        HomeworkEntry talk = entry(HomeworkType.DAILY_TALK);

        EntryRecording.record(talk, values(null, null, 20, "ignored", " how was your day? ", 7, "ignored", true), null, null);

        assertEquals(20, talk.getMinutes());
        assertEquals("how was your day?", talk.getPrompt());
        assertEquals(7, talk.getRating());
        assertNull(talk.getText());
        assertNull(talk.getPhonesOff());
    }

    @Test
    void writtenHomeworkIsWrittenAsTextWithItsOptionalRating() {
        HomeworkEntry kindness = entry(HomeworkType.KINDNESS_PRACTICE);

        EntryRecording.record(kindness, values(null, null, 20, null, null, null, "\n made tea \n", null), null, null);

        assertEquals("made tea", kindness.getText());
        assertNull(kindness.getRating());
        assertNull(kindness.getMinutes());
    }
}

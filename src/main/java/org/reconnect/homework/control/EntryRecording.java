package org.reconnect.homework.control;

import org.reconnect.homework.entity.BidKind;
import org.reconnect.homework.entity.HomeworkEntry;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.shared.control.PlainText;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a partner entered, checked and written onto an entry: the values for the entry's type
 * ({@link EntryRules}) and, for a micro-moment, a time that does not lie ahead
 * ({@link EntryTiming}); then the values the type holds, texts tidied ({@link PlainText#tidy}).
 * Nothing is written while there is a problem.
 */
public final class EntryRecording {

    private EntryRecording() {
    }

    /**
     * The problems with these values, as (field, message key) pairs in the order of the page;
     * {@code when} is a micro-moment's time (null for other types), {@code now} the clock's.
     */
    public static List<EntryRules.Problem> problems(HomeworkType type, EntryRules.Values values, Instant when, Instant now) {
        List<EntryRules.Problem> problems = new ArrayList<>(EntryRules.problems(type, values));
        if (type == HomeworkType.MICRO_MOMENT_LOG && EntryTiming.inFuture(when, now)) {
            problems.add(new EntryRules.Problem("time", "entry.future"));
        }
        return problems;
    }

    /** Writes checked values onto the entry: only those its type holds. */
    public static void record(HomeworkEntry entry, EntryRules.Values v, BidKind bidKind, Instant when) {
        switch (entry.getType()) {
            case MICRO_MOMENT_LOG -> entry.recordMicroMoment(v.bidBy(), bidKind, v.response(), when, PlainText.tidy(v.text()));
            case EMOTIONAL_DATE -> entry.recordDate(v.minutes(), v.phonesOff(), PlainText.tidy(v.prompts()), v.rating(),
                    PlainText.tidy(v.text()));
            case DAILY_TALK -> entry.recordTalk(v.minutes(), PlainText.tidy(v.prompt()), v.rating());
            default -> entry.recordText(PlainText.tidy(v.text()), v.rating());
        }
    }
}

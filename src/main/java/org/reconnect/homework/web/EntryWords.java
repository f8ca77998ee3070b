package org.reconnect.homework.web;

import org.reconnect.homework.boundary.EntryRow;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.shared.web.Messages;

/** An entry's typed values in one line of words, for the partner's and the therapist's lists (free text is shown apart). */
final class EntryWords {

    private EntryWords() {
    }

    /**
     * @param bidMaker who made the bid of a micro-moment, as the reader names them
     */
    static String describe(EntryRow e, String bidMaker) {
        return switch (e.type()) {
            case MICRO_MOMENT_LOG -> Messages.text("review.entryMoment", bidMaker,
                    e.bidKind() == null ? "-" : Messages.text("bidKind." + e.bidKind()),
                    e.response() == null ? "-" : Messages.text("response." + e.response()));
            case EMOTIONAL_DATE -> Messages.text("review.entryDate", e.minutes(),
                    e.phonesOff() == null ? "–" : e.phonesOff() ? Messages.text("review.yes") : Messages.text("review.no"), e.rating());
            case DAILY_TALK -> Messages.text("review.entryTalk", e.minutes(), e.rating());
            case SELF_CARE_JOURNAL -> e.rating() == null ? "" : Messages.text("entry.mood", e.rating());
            default -> e.rating() == null ? "" : Messages.text("portal.log.ratingOptional") + ": " + e.rating();
        };
    }

    /** Whether the author of a micro-moment made the bid themselves. */
    static boolean madeByAuthor(EntryRow e) {
        return e.bidBy() == BidBy.ME;
    }
}

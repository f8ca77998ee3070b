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
        return switch (e.getType()) {
            case MICRO_MOMENT_LOG -> Messages.text("review.entryMoment", bidMaker,
                    e.getBidKind() == null ? "-" : Messages.text("bidKind." + e.getBidKind()),
                    e.getResponse() == null ? "-" : Messages.text("response." + e.getResponse()));
            case EMOTIONAL_DATE -> Messages.text("review.entryDate", e.getMinutes(),
                    e.getPhonesOff() == null ? "–" : e.getPhonesOff() ? Messages.text("review.yes") : Messages.text("review.no"), e.getRating());
            case DAILY_TALK -> Messages.text("review.entryTalk", e.getMinutes(), e.getRating());
            case SELF_CARE_JOURNAL -> e.getRating() == null ? "" : Messages.text("entry.mood", e.getRating());
            default -> e.getRating() == null ? "" : Messages.text("portal.log.ratingOptional") + ": " + e.getRating();
        };
    }

    /** Whether the author of a micro-moment made the bid themselves. */
    static boolean madeByAuthor(EntryRow e) {
        return e.getBidBy() == BidBy.ME;
    }
}

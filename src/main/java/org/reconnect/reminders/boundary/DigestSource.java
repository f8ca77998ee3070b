package org.reconnect.reminders.boundary;

import org.reconnect.couple.entity.Partner;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One capability's part of the daily digest: what each partner still has to do of its kind.
 * Homework and questionnaires each answer it with a CDI bean; the digest asks every source and
 * knows none of their tables, so a new kind of reminder adds a bean and changes no other class.
 */
public interface DigestSource {

    /** Where this part goes in the digest: lower first. */
    int position();

    /**
     * The digest's lines of this kind for each of these partners that has something due, by
     * partner id. Each partner is given with the couple's day (the calendar entries are dated
     * in); partners with nothing due are left out.
     */
    Map<Long, List<String>> due(Map<Partner, LocalDate> coupleToday, Instant now);
}

package org.reconnect.schedule.boundary;

import java.util.Collection;
import java.util.Map;

/**
 * The note written for each session, as a list of appointments shows it. Schedule does not know
 * notes: the notes capability answers this question (a CDI bean implementing it), so the arrow
 * points from notes to schedule only.
 */
public interface SessionRecords {

    /** A session's note: its id and the name of its status. */
    record Note(long id, String status) {
    }

    /** The notes of those of these appointments that have one, by appointment id (one statement). */
    Map<Long, Note> of(Collection<Long> appointmentIds);
}

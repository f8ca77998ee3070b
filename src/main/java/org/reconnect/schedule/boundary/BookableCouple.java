package org.reconnect.schedule.boundary;

import java.io.Serializable;
import java.util.List;

/** A couple a therapist may book: joint only while joint work is allowed; each partner alone. */
public record BookableCouple(long id, String caseNumber, String names, boolean jointAllowed, List<Person> partners)
        implements Serializable {

    public record Person(long id, String name) implements Serializable {
    }
}

package org.reconnect.interop.control;

import java.math.BigDecimal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one export of a couple's record holds, already cut to what the caller may see and to
 * whose record it is: plain data, gathered by the boundary, turned into FHIR by {@link FhirRecord}.
 */
public record CoupleRecord(long coupleId, String caseNumber, String status, LocalDate openedOn, List<Person> partners,
                           Person therapist, List<Person> formerTherapists, List<Session> sessions, List<Note> notes, List<Answered> answered,
                           List<Step> steps, List<Homework> homework, List<Message> messages) {

    public CoupleRecord {
        partners = List.copyOf(partners);
        formerTherapists = List.copyOf(formerTherapists);
        sessions = List.copyOf(sessions);
        notes = List.copyOf(notes);
        answered = List.copyOf(answered);
        steps = List.copyOf(steps);
        homework = List.copyOf(homework);
        messages = List.copyOf(messages);
    }

    /**
     * A partner (id: the partner's) or a therapist (id: the therapist's); the account id to know
     * authors by. Contact details are null where the reader may not have them.
     */
    public record Person(long id, long accountId, String fullName, String email, String phone) {
    }

    /** A session with the therapist who held it; {@code partnerId} is null for a joint one. */
    public record Session(long id, Instant startsAt, Instant endsAt, String status, boolean video, Long partnerId,
                          long therapistId) {
    }

    /** A signed note of a session, as its PDF, and the therapist of that session. */
    public record Note(long id, long sessionId, Long partnerId, long therapistId, Instant signedAt, byte[] pdf) {
    }

    /** One partner's answered questionnaire with its score and band (none when no band holds it). */
    public record Answered(long id, long partnerId, String instrumentCode, int instrumentVersion, String instrumentTitle,
                           Instant submittedAt, boolean enteredInError, List<Answer> answers, BigDecimal total,
                           String band) {
        public Answered {
            answers = List.copyOf(answers);
        }
    }

    /** One answer: the item, the option's score and its label. */
    public record Answer(String itemId, String itemText, int value, String label) {
    }

    /** A step of the program as far as the couple came: not started when both dates are null. */
    public record Step(int number, String title, LocalDate startedOn, LocalDate completedOn) {
    }

    /** A homework assignment; {@code partnerId} null for both partners. */
    public record Homework(long id, String title, String status, LocalDate startsOn, LocalDate endsOn, Long partnerId,
                           Integer stepNumber) {
    }

    /** A message; {@code threadPartnerId} null in the joint conversation. */
    public record Message(long id, Long threadPartnerId, long authorAccountId, String authorName, Instant sentAt,
                          String body, Instant withdrawnAt) {
    }
}

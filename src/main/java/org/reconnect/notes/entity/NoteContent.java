package org.reconnect.notes.entity;

import org.reconnect.clinic.entity.NoteTemplate;

import org.reconnect.shared.entity.Sha256;

import java.time.Instant;
import java.util.Collection;
import java.util.TreeSet;

/**
 * What a note says, and its SHA-256 as signed. The hashed text names every field with its
 * length before its value, so no two different contents can read the same; the signer, the
 * time, the appointment and the reviewed entries are part of it.
 */
public record NoteContent(NoteTemplate template, String section1, String section2, String section3, String section4,
                          String stepsAddressed, String interventions, RiskLevel riskLevel, String riskText,
                          String nextHomework) {

    public String hash(long appointmentId, Collection<Long> reviewedEntries, String signedBy, Instant signedAt) {
        return hash(appointmentId, reviewedEntries, java.util.List.of(), signedBy, signedAt);
    }

    /**
     * As {@link #hash(long, Collection, String, Instant)}, with the messages the note reviewed. A
     * note that reviewed none hashes exactly as before there were messages, so notes signed then
     * still match.
     */
    public String hash(long appointmentId, Collection<Long> reviewedEntries, Collection<Long> reviewedMessages, String signedBy,
                       Instant signedAt) {
        StringBuilder text = new StringBuilder("reconnect-note-v1\n");
        field(text, "appointment", String.valueOf(appointmentId));
        field(text, "template", template.name());
        field(text, "section1", section1);
        field(text, "section2", section2);
        field(text, "section3", section3);
        field(text, "section4", section4);
        field(text, "steps", stepsAddressed);
        field(text, "interventions", interventions);
        field(text, "risk", riskLevel.name());
        field(text, "riskText", riskText);
        field(text, "nextHomework", nextHomework);
        field(text, "entries", new TreeSet<>(reviewedEntries).toString());
        if (!reviewedMessages.isEmpty()) {
            field(text, "messages", new TreeSet<>(reviewedMessages).toString());
        }
        field(text, "signedBy", signedBy);
        field(text, "signedAt", signedAt.toString());
        return Sha256.hex(text.toString());
    }

    /** An addendum's hash: chained to the note's, with its own text, signer and time. */
    public static String addendumHash(String noteHash, String text, String signedBy, Instant signedAt) {
        StringBuilder content = new StringBuilder("reconnect-addendum-v1\n");
        field(content, "note", noteHash);
        field(content, "text", text);
        field(content, "signedBy", signedBy);
        field(content, "signedAt", signedAt.toString());
        return Sha256.hex(content.toString());
    }

    private static void field(StringBuilder text, String name, String value) {
        text.append(name).append(':');
        if (value == null) {
            text.append("-\n");
        } else {
            text.append(value.length()).append(':').append(value).append('\n');
        }
    }

}

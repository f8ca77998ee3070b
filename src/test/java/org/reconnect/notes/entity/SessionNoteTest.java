package org.reconnect.notes.entity;

import org.junit.jupiter.api.Test;
import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.clinic.entity.Therapist;
import org.reconnect.couple.entity.Couple;
import org.reconnect.schedule.entity.Appointment;
import org.reconnect.schedule.entity.Modality;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.entity.Role;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SessionNoteTest {

    private static final Instant START = Instant.parse("2026-11-20T18:00:00Z");

    private static SessionNote draft() throws ReflectiveOperationException {
        Couple couple = new Couple("RC-2026-0001", LocalDate.of(2026, 10, 1));
        Therapist maya = new Therapist(new UserAccount("maya@demo.test", "Maya Chen", Set.of(Role.THERAPIST)), "", 20);
        Appointment session = new Appointment(couple, maya, null, Modality.IN_PERSON, START, START.plusSeconds(3000), "Room 2");
        // the hash names the appointment by the id the database gives it
        Field id = session.getClass().getSuperclass().getDeclaredField("id");
        id.setAccessible(true);
        id.set(session, 42L);
        return new SessionNote(session, NoteTemplate.SOAP);
    }

    @Test
    void aDraftIsWrittenFromTheVersionItWasReadAt() throws Exception {
        SessionNote note = draft();

        assertEquals(Optional.empty(), note.writeRefusal(note.getVersion()));
        assertEquals(Optional.of("note.conflict"), note.writeRefusal(note.getVersion() + 1), "saved since the page read it");
    }

    @Test
    void aSignedNoteIsNeverWrittenAgain() throws Exception {
        SessionNote note = draft();
        note.sign("Maya Chen <maya@demo.test>", START.plusSeconds(3600));

        assertEquals(Optional.of("note.signed"), note.writeRefusal(note.getVersion()));
        assertEquals(Optional.of("note.signed"), note.writeRefusal(note.getVersion() + 1), "signed is said first");
    }
}

package org.reconnect.testsupport.container;

import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.notes.boundary.NoteForm;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.schedule.boundary.AppointmentForm;
import org.reconnect.schedule.boundary.Appointments;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.schedule.entity.Modality;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Appointments and notes through the real boundaries (the clinic's zone is UTC in the tests). */
public final class SessionFixtures {

    private SessionFixtures() {
    }

    /** Now in the clinic's zone, to the minute. */
    public static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
    }

    public static AppointmentForm form(long couple, Long partner, LocalDateTime start, int minutes) {
        AppointmentForm form = new AppointmentForm();
        form.setCoupleId(couple);
        form.setPartnerId(partner);
        form.setModality(Modality.IN_PERSON);
        form.setStartsAt(start);
        form.setEndsAt(start.plusMinutes(minutes));
        form.setLocation("Room 4");
        return form;
    }

    public static long book(String therapist, long couple, Long partner, LocalDateTime start, int minutes) throws Exception {
        Appointments appointments = Deployed.boundary(Appointments.class);
        return RunAs.user(therapist, () -> appointments.book(form(couple, partner, start, minutes)));
    }

    public static void attended(String therapist, long appointment) throws Exception {
        long version = Deployed.number("SELECT version FROM appointment WHERE id = ?", appointment);
        Appointments appointments = Deployed.boundary(Appointments.class);
        RunAs.user(therapist, () -> appointments.mark(appointment, version, AppointmentStatus.ATTENDED));
    }

    /** A session two hours ago, attended, with a SOAP draft: the note's id. */
    public static long draftNote(String therapist, long couple) throws Exception {
        long appointment = book(therapist, couple, null, now().minusHours(2), 50);
        attended(therapist, appointment);
        SessionNotes notes = Deployed.boundary(SessionNotes.class);
        return RunAs.user(therapist, () -> notes.start(appointment, NoteTemplate.SOAP));
    }

    public static NoteForm soap(String subjective) {
        NoteForm form = new NoteForm();
        form.setSection1(subjective);
        form.setSection2("Calm and engaged.");
        form.setSection3("Progressing with the habits step.");
        form.setSection4("Keep the daily talk.");
        form.setNextHomework("Emotional date.");
        return form;
    }

    public static long noteVersion(long note) throws Exception {
        return Deployed.number("SELECT version FROM session_note WHERE id = ?", note);
    }
}

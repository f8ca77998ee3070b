package org.reconnect.notes.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.messaging.boundary.MessageRecords;
import org.reconnect.notes.control.NoteRules;
import org.reconnect.notes.control.ReviewWindow;
import org.reconnect.notes.entity.NoteAddendum;
import org.reconnect.notes.entity.NoteContent;
import org.reconnect.notes.entity.SessionNote;
import org.reconnect.schedule.entity.Appointment;
import org.reconnect.schedule.entity.AppointmentStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A session note as its page and its printout show it ({@link NoteDetails}), read for
 * {@link SessionNotes}, which has checked that the caller may see it and audits the reading.
 * The same few statements, whatever the note holds.
 */
@Dependent
class NoteDetailsReader {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    ClinicSettings settings;

    @Inject
    Clock clock;

    @Inject
    MessageRecords messageRecords;

    /** The note, its addenda and what its therapist may pick as reviewed, times in the clinic's zone. */
    NoteDetails of(SessionNote note) {
        Appointment a = note.getAppointment();
        ZoneId zone = settings.timeZone();
        NoteContent c = note.content();
        NoteForm form = new NoteForm();
        form.setSection1(c.section1());
        form.setSection2(c.section2());
        form.setSection3(c.section3());
        form.setSection4(c.section4());
        form.setSteps(NoteRules.steps(c.stepsAddressed()));
        form.setInterventions(c.interventions());
        form.setRiskLevel(c.riskLevel());
        form.setRiskText(c.riskText());
        form.setNextHomework(c.nextHomework());
        form.setEntries(new ArrayList<>(note.getReviewedEntries()));
        form.setMessages(new ArrayList<>(note.getReviewedMessages()));
        List<NoteDetails.Addendum> addenda = em.createQuery(
                        "select d from NoteAddendum d where d.note = :note order by d.signedAt, d.id", NoteAddendum.class)
                .setParameter("note", note)
                .getResultStream()
                .map(d -> new NoteDetails.Addendum(d.getText(), d.getSignedBy(), d.getSignedAt(), d.getContentHash(), d.hashMatches()))
                .toList();
        Instant start = a.getStartsAt();
        // the entries a therapist reviews are those since the couple's previous session; older ones on request
        Instant previous = em.createQuery("""
                        select max(p.startsAt) from Appointment p
                        where p.couple = :couple and p.startsAt < :start and p.status = :attended""", Instant.class)
                .setParameter("couple", note.getCouple())
                .setParameter("start", start)
                .setParameter("attended", AppointmentStatus.ATTENDED)
                .getSingleResult();
        ReviewWindow window = ReviewWindow.of(start, previous, zone);
        List<NoteDetails.EntryChoice> choices = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        note.getCouple().getPartners().forEach(p -> names.put(p.getId(), p.getCallName()));
        em.createQuery("""
                        select e.id, e.loggedFor, e.author.id, asg.title from HomeworkEntry e join e.assignment asg
                        where e.couple = :couple and (e.loggedFor between :from and :to or e.id in :chosen)
                        order by e.loggedFor desc, e.id desc""", Object[].class)
                .setParameter("couple", note.getCouple())
                .setParameter("from", window.from())
                .setParameter("to", window.to())
                .setParameter("chosen", note.getReviewedEntries().isEmpty() ? List.of(-1L) : List.copyOf(note.getReviewedEntries()))
                .setMaxResults(200)
                .getResultStream()
                .forEach(r -> choices.add(new NoteDetails.EntryChoice((Long) r[0],
                        ReviewWindow.label((LocalDate) r[1], names.getOrDefault((Long) r[2], "")), (String) r[3],
                        window.sincePrevious((LocalDate) r[1]))));
        List<NoteDetails.MessageChoice> messageChoices = messageRecords.choices(note.getCouple().getId(),
                        a.getPartner() == null ? null : a.getPartner().getId(),
                        // since the previous session, up to now: the note is written after the session
                        window.from().atStartOfDay(zone).toInstant(), Instant.now(clock).plusSeconds(60),
                        note.getReviewedMessages(), zone).stream()
                .map(m -> new NoteDetails.MessageChoice(m.id(), m.label()))
                .toList();
        return new NoteDetails(note.getId(), note.getVersion(), note.getCouple().getId(), note.getCouple().getCaseNumber(),
                note.getCouple().partnerNames(), a.getPartner() == null ? null : a.getPartner().getCallName(),
                LocalDateTime.ofInstant(start, zone), a.minutes(), note.getTemplate(), note.getStatus(), form,
                note.getSignedBy(), note.getSignedAt(), note.getContentHash(), note.hashMatches(), addenda, choices, messageChoices);
    }
}

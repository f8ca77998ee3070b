package org.reconnect.dev;

import org.reconnect.audit.entity.AuditAction;
import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.notes.entity.NoteContent;
import org.reconnect.notes.entity.RiskLevel;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.NavigableMap;

/**
 * A couple's sessions: weekly-ish, in the therapist's slot for them, now and then one with a
 * single partner, some cancelled or missed; every attended session gets a SOAP note, signed a
 * few hours later with the hash the product computes ({@link NoteContent}) over the homework
 * entries it reviewed. An active couple has its next two sessions booked.
 */
final class CoupleSessions {

    private static final int MINUTES = 50;

    private final CoupleStory couple;
    private final NavigableMap<LocalDate, List<Long>> entriesByDay;

    CoupleSessions(CoupleStory couple, NavigableMap<LocalDate, List<Long>> entriesByDay) {
        this.couple = couple;
        this.entriesByDay = entriesByDay;
    }

    void write() {
        // 45 weekly slots per therapist: a weekday and an hour, the same for a couple throughout
        long slot = (couple.id / couple.clinic.therapists.size()) % 45;
        DayOfWeek weekday = DayOfWeek.of(1 + (int) (slot % 5));
        int hour = 9 + (int) (slot / 5);
        LocalDate today = couple.clinic.today;
        boolean booksAhead = couple.plan.status() == CaseStatus.ACTIVE;
        LocalDate until = booksAhead ? today.plusWeeks(2) : couple.plan.workUntil(today);
        LocalDate previous = couple.plan.activeFrom();
        for (LocalDate day = couple.plan.activeFrom().with(TemporalAdjusters.nextOrSame(weekday)); day.isBefore(until);
             day = day.plusWeeks(couple.random.nextDouble() < 0.1 ? 2 : 1)) {
            boolean individual = couple.random.nextDouble() < 0.12;
            Integer partner = individual ? 1 + couple.random.nextInt(2) : null;
            LocalDateTime starts = ClinicHistory.at(day, individual ? 12 : hour, 0);
            String status = !day.isBefore(today) ? "SCHEDULED" : status(couple.random.nextDouble());
            long appointmentId = appointment(starts, partner, status);
            if ("ATTENDED".equals(status)) {
                boolean lastDraft = booksAhead && day.isAfter(today.minusDays(8)) && couple.random.nextDouble() < 0.3;
                note(appointmentId, starts.plusMinutes(MINUTES), previous, day, lastDraft);
                previous = day;
            }
        }
    }

    private static String status(double r) {
        return r < 0.85 ? "ATTENDED" : r < 0.94 ? "CANCELLED" : "NO_SHOW";
    }

    private long appointment(LocalDateTime starts, Integer partner, String status) {
        long appointmentId = couple.clinic.nextId("appointment");
        String by = couple.therapist.person().email();
        LocalDateTime booked = starts.minusDays(7);
        LocalDateTime reminded = starts.minusDays(1);
        boolean video = partner != null || couple.random.nextDouble() < 0.3;
        couple.clinic.rows.add("appointment", appointmentId, couple.id, couple.therapist.id(),
                partner == null ? null : 2 * (couple.id - 1) + partner, video ? "VIDEO" : "IN_PERSON", starts,
                starts.plusMinutes(MINUTES), video ? "Video link sent by e-mail" : "Room " + (1 + couple.therapist.id() % 6),
                status, couple.clinic.happened(reminded) ? reminded : null, booked, by, booked, by);
        couple.event(booked, by, AuditAction.APPOINTMENT_BOOKED, "APPOINTMENT", appointmentId,
                (partner == null ? "joint" : "individual") + ", " + MINUTES + " min");
        couple.event(starts.minusMinutes(5), by, AuditAction.VIEW_COUPLE, "COUPLE", couple.id, null);
        return appointmentId;
    }

    private void note(long appointmentId, LocalDateTime ended, LocalDate since, LocalDate day, boolean draft) {
        int step = couple.stepOn(day);
        NoteContent content = new NoteContent(NoteTemplate.SOAP, ClinicTexts.note(step, 1), ClinicTexts.note(step, 2),
                ClinicTexts.note(step, 3), ClinicTexts.note(step, 4), Integer.toString(step), ClinicTexts.note(step, 5),
                RiskLevel.NONE, null, ClinicTexts.note(step, 4));
        LocalDateTime signed = ended.plusHours(2).plusMinutes(couple.random.nextInt(180));
        boolean isSigned = !draft && couple.clinic.happened(signed);
        long noteId = couple.clinic.nextId("session_note");
        String by = couple.therapist.person().email();
        List<Long> reviewed = entriesByDay.subMap(since, true, day, false).values().stream()
                .flatMap(List::stream).limit(5).toList();
        // the reviewed entries first: the database refuses them once the note is signed
        for (Long entry : reviewed) {
            couple.clinic.rows.add("session_note_entry", noteId, entry);
        }
        String signer = couple.therapist.person().signer();
        String hash = isSigned ? content.hash(appointmentId, reviewed, signer, ClinicHistory.instant(signed)) : null;
        LocalDateTime changed = isSigned ? signed : ended.plusMinutes(30);
        couple.clinic.rows.add("session_note", noteId, appointmentId, couple.id, content.template().name(), content.section1(),
                content.section2(), content.section3(), content.section4(), content.stepsAddressed(), content.interventions(),
                content.riskLevel().name(), content.riskText(), content.nextHomework(), isSigned ? "SIGNED" : "DRAFT",
                isSigned ? signed : null, isSigned ? signer : null, hash, ended.plusMinutes(30), by, changed, by);
        couple.event(ended.plusMinutes(30), by, AuditAction.NOTE_SAVED, "NOTE", noteId, "draft saved");
        if (isSigned) {
            couple.event(signed, by, AuditAction.NOTE_SIGNED, "NOTE", noteId, "sha-256 " + hash);
        }
    }
}

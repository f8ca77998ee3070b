package org.reconnect.interop.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hl7.fhir.r4.model.Bundle;
import org.reconnect.assessment.boundary.AssessmentRecords;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.clinic.entity.Therapist;
import org.reconnect.couple.boundary.CaseGuard;
import org.reconnect.couple.entity.CaseAccess;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.homework.entity.HomeworkAssignment;
import org.reconnect.homework.entity.Visibility;
import org.reconnect.interop.control.CoupleRecord;
import org.reconnect.interop.control.FhirRecord;
import org.reconnect.interop.entity.Disclosure;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.notes.entity.NoteStatus;
import org.reconnect.program.entity.CoupleStep;
import org.reconnect.schedule.entity.Appointment;
import org.reconnect.schedule.entity.Modality;
import org.reconnect.security.boundary.Callers;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A couple's record, or one partner's, as a FHIR R4 Bundle, handed out as a disclosure: to whom
 * and why are required, and every export is kept in the accounting of disclosures (and the audit
 * trail) with the SHA-256 of the file.
 * <p>
 * What a record holds follows the access rules: the treating therapist exports the clinical
 * record (sessions, signed notes as PDFs, questionnaires, the program and homework, messages); an
 * admin exports what an admin sees (the partners, the therapist, the sessions and the program's
 * steps: never note, answer or message text). Partner-private entries (a partner's individual
 * sessions and their notes, their own conversation with the therapist, questionnaires whose
 * results are not shared, homework only they see) are left out of the couple's export and are in
 * that partner's own export only. A couple or partner the caller may not see is refused exactly
 * like one that does not exist.
 */
@Stateless
@RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
public class RecordExports {

    static final int MAX_RECIPIENT = 200;
    static final int MAX_PURPOSE = 500;

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Callers callers;

    @Inject
    CaseGuard guard;

    @Inject
    AuditTrail audit;

    @Inject
    SessionNotes notes;

    @Inject
    AssessmentRecords assessments;

    @Inject
    Clock clock;

    /** The file handed out: its name and FHIR JSON. */
    public record Export(String fileName, byte[] json, int entries) implements Serializable {
    }

    /** One line of the accounting of disclosures. */
    public record DisclosureRow(Instant at, String by, String whose, String recipient, String purpose, String content,
                                String fileHash) implements Serializable {
    }

    /** The couple's record, without what is private to one partner. */
    public Export couple(long coupleId, String recipient, String purpose) {
        return export(coupleId, null, recipient, purpose);
    }

    /** One partner's own record: the couple's, plus what is private to them (and nothing private to the other). */
    public Export partner(long coupleId, long partnerId, String recipient, String purpose) {
        return export(coupleId, partnerId, recipient, purpose);
    }

    /**
     * The accounting of disclosures of a couple, newest first: to the treating therapist and to
     * admins. Audited as {@code VIEW_DISCLOSURES}. Two statements.
     */
    public List<DisclosureRow> disclosures(long coupleId) {
        Couple couple = guard.forReading(coupleId, callers.required(), AuditAction.VIEW_DISCLOSURES,
                CaseAccess.Level.CLINICAL, CaseAccess.Level.METADATA);
        Map<Long, String> names = new LinkedHashMap<>();
        couple.getPartners().forEach(p -> names.put(p.getId(), p.getFullName()));
        List<DisclosureRow> rows = em.createQuery(
                        "select d from Disclosure d where d.coupleId = :couple order by d.disclosedAt desc, d.id desc", Disclosure.class)
                .setParameter("couple", coupleId)
                .getResultStream()
                .map(d -> new DisclosureRow(d.getDisclosedAt(), d.getDisclosedBy(),
                        d.getPartnerId() == null ? Texts.get("disclosure.whoseCouple")
                                : Texts.get("disclosure.whosePartner", names.getOrDefault(d.getPartnerId(), "?")),
                        d.getRecipient(), d.getPurpose(), d.getContent(), d.getFileHash()))
                .toList();
        audit.record(AuditAction.VIEW_DISCLOSURES, AuditOutcome.SUCCESS, coupleId, "COUPLE", coupleId, rows.size() + " disclosure(s)");
        return rows;
    }

    private Export export(long coupleId, Long partnerId, String recipient, String purpose) {
        Caller caller = callers.required();
        Couple couple = guard.forReading(coupleId, caller, AuditAction.RECORD_DISCLOSED,
                CaseAccess.Level.CLINICAL, CaseAccess.Level.METADATA);
        Partner partner = null;
        if (partnerId != null) {
            partner = couple.getPartners().stream().filter(p -> Objects.equals(p.getId(), partnerId)).findFirst()
                    .orElseThrow(() -> {
                        audit.recordDenial(AuditAction.RECORD_DISCLOSED, "PARTNER", partnerId, "not a partner of this couple");
                        return new Refusal("case.notFound");
                    });
        }
        String to = required(recipient, "recipient", MAX_RECIPIENT);
        String why = required(purpose, "purpose", MAX_PURPOSE);
        boolean clinical = CaseAccess.levelFor(caller, couple.accessFacts()) == CaseAccess.Level.CLINICAL;
        CoupleRecord record = gather(couple, partnerId, clinical);
        Instant now = Instant.now(clock);
        Bundle bundle = FhirRecord.bundle(record, now, Settings.requiredPublicAddress());
        byte[] json = FhirRecord.json(bundle).getBytes(StandardCharsets.UTF_8);
        String hash = FhirRecord.sha256Hex(json);
        String content = content(record, clinical);
        // to whom and why stay in the disclosure (free text, perhaps clinical): the audit trail names the disclosure
        Disclosure disclosure = new Disclosure(couple.getId(), partnerId, now, caller.email(), to, why, content, hash);
        em.persist(disclosure);
        em.flush();
        audit.record(AuditAction.RECORD_DISCLOSED, AuditOutcome.SUCCESS, couple.getId(), partner == null ? "COUPLE" : "PARTNER",
                partner == null ? couple.getId() : partner.getId(), "FHIR bundle of " + bundle.getEntry().size() + " entries, disclosure " + disclosure.getId());
        String name = "record-" + couple.getCaseNumber() + (partner == null ? "" : "-partner-" + partner.getPosition())
                + "-" + LocalDate.ofInstant(now, java.time.ZoneOffset.UTC) + ".fhir.json";
        return new Export(name, json, bundle.getEntry().size());
    }

    private static String required(String value, String field, int max) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInput(List.of(new InvalidInput.Problem(field, Texts.get("disclosure." + field + "Required"))));
        }
        if (stripped.length() > max) {
            throw new InvalidInput(List.of(new InvalidInput.Problem(field, Texts.get("disclosure.tooLong", max))));
        }
        return stripped;
    }

    /** What the file held, in words, for the accounting of disclosures. */
    private static String content(CoupleRecord r, boolean clinical) {
        String counts = r.sessions().size() + " session(s), " + r.steps().size() + " step(s)";
        if (clinical) {
            counts += ", " + r.notes().size() + " signed note(s), " + r.answered().size() + " questionnaire(s), "
                    + r.homework().size() + " homework assignment(s), " + r.messages().size() + " message(s)";
        } else {
            counts += "; no note, answer or message text (admin export)";
        }
        return counts.length() > 300 ? counts.substring(0, 300) : counts;
    }

    /**
     * The record as the caller may see it, cut to whose it is. {@code forPartner} null: the
     * couple's; else the couple's plus that partner's private entries.
     */
    private CoupleRecord gather(Couple couple, Long forPartner, boolean clinical) {
        long c = couple.getId();
        long own = forPartner == null ? -1L : forPartner;
        // in one partner's own record the other partner is a name, without their e-mail or phone
        List<CoupleRecord.Person> partners = couple.getPartners().stream()
                .sorted(Comparator.comparingInt(Partner::getPosition))
                .map(p -> {
                    boolean contact = forPartner == null || forPartner.equals(p.getId());
                    return new CoupleRecord.Person(p.getId(), p.getAccount() == null ? -1 : p.getAccount().getId(), p.getFullName(),
                            contact && p.getAccount() != null ? p.getAccount().getEmail() : null, contact ? p.getPhone() : null);
                })
                .toList();
        CoupleRecord.Person therapist = couple.getTherapist() == null ? null : therapist(couple.getTherapist());
        // joint sessions, and the individual sessions of the partner whose record it is
        List<Appointment> appointments = em.createQuery("""
                        select a from Appointment a left join fetch a.partner join fetch a.therapist
                        where a.couple.id = :couple and (a.partner is null or a.partner.id = :own)
                        order by a.startsAt, a.id""", Appointment.class)
                .setParameter("couple", c)
                .setParameter("own", own)
                .getResultList();
        List<CoupleRecord.Session> sessions = appointments.stream()
                .map(a -> new CoupleRecord.Session(a.getId(), a.getStartsAt(), a.getEndsAt(), a.getStatus().name(),
                        a.getModality() == Modality.VIDEO, a.getPartner() == null ? null : a.getPartner().getId(),
                        a.getTherapist().getId()))
                .toList();
        // the therapists who held sessions before the current one, each once
        Map<Long, CoupleRecord.Person> former = new LinkedHashMap<>();
        appointments.stream().map(Appointment::getTherapist)
                .filter(t -> therapist == null || !t.getId().equals(therapist.id()))
                .forEach(t -> former.putIfAbsent(t.getId(), therapist(t)));
        Map<Long, Long> therapistOfSession = new HashMap<>();
        sessions.forEach(s -> therapistOfSession.put(s.id(), s.therapistId()));
        List<CoupleRecord.Step> steps = steps(c);
        if (!clinical) {
            return new CoupleRecord(c, couple.getCaseNumber(), couple.getStatus().name(), couple.getOpenedOn(), partners,
                    therapist, List.copyOf(former.values()), sessions, List.of(), List.of(), steps, List.of(), List.of());
        }
        List<CoupleRecord.Note> signed = new ArrayList<>();
        em.createQuery("""
                        select n.id, ap.id, p.id, n.signedAt from SessionNote n join n.appointment ap left join ap.partner p
                        where n.couple.id = :couple and n.status = :signed and (p is null or p.id = :own)
                        order by n.signedAt, n.id""", Object[].class)
                .setParameter("couple", c)
                .setParameter("signed", NoteStatus.SIGNED)
                .setParameter("own", own)
                .getResultStream()
                .forEach(r -> signed.add(new CoupleRecord.Note((Long) r[0], (Long) r[1], (Long) r[2],
                        therapistOfSession.get((Long) r[1]), (Instant) r[3], notes.pdfForRecord((Long) r[0], forPartner))));
        List<CoupleRecord.Answered> answered = assessments.forRecord(c, forPartner).stream()
                .map(a -> new CoupleRecord.Answered(a.id(), a.partnerId(), a.instrumentCode(), a.instrumentVersion(),
                        a.instrumentTitle(), a.submittedAt(), a.enteredInError(), a.answers().stream()
                        .map(x -> new CoupleRecord.Answer(x.itemId(), x.itemText(), x.value(), x.label())).toList(),
                        a.total(), a.band()))
                .toList();
        List<CoupleRecord.Homework> homework = em.createQuery("""
                        select h from HomeworkAssignment h left join fetch h.partner
                        where h.couple.id = :couple
                          and (h.partner is null or h.partner.id = :own or (h.personal = false and h.visibility = :shared))
                        order by h.startsOn, h.id""", HomeworkAssignment.class)
                .setParameter("couple", c)
                .setParameter("own", own)
                .setParameter("shared", Visibility.SHARED)
                .getResultStream()
                .map(h -> new CoupleRecord.Homework(h.getId(), h.getTitle(), h.getStatus().name(), h.getStartsOn(), h.getEndsOn(),
                        h.getPartner() == null ? null : h.getPartner().getId(), h.getStepNumber()))
                .toList();
        List<CoupleRecord.Message> messages = em.createQuery("""
                        select m.id, tp.id, m.authorId, m.authorName, m.sentAt, m.body, m.withdrawnAt
                        from Message m join m.thread t left join t.partner tp
                        where t.couple.id = :couple and (tp is null or tp.id = :own)
                        order by m.sentAt, m.id""", Object[].class)
                .setParameter("couple", c)
                .setParameter("own", own)
                .getResultStream()
                .map(r -> new CoupleRecord.Message((Long) r[0], (Long) r[1], (Long) r[2], (String) r[3], (Instant) r[4],
                        (String) r[5], (Instant) r[6]))
                .toList();
        return new CoupleRecord(c, couple.getCaseNumber(), couple.getStatus().name(), couple.getOpenedOn(), partners, therapist,
                List.copyOf(former.values()), sessions, signed, answered, steps, homework, messages);
    }

    private static CoupleRecord.Person therapist(Therapist t) {
        return new CoupleRecord.Person(t.getId(), t.getAccount().getId(), t.getAccount().getDisplayName(),
                t.getAccount().getEmail(), null);
    }

    /** The nine steps, each as far as the couple came (its latest time on the step). */
    private List<CoupleRecord.Step> steps(long coupleId) {
        Map<Integer, CoupleStep> latest = new LinkedHashMap<>();
        em.createQuery("select s from CoupleStep s where s.couple.id = :couple order by s.startedOn, s.id", CoupleStep.class)
                .setParameter("couple", coupleId)
                .getResultStream()
                .forEach(s -> latest.put(s.getStepNumber(), s));
        List<CoupleRecord.Step> steps = new ArrayList<>();
        for (int n = 1; n <= 9; n++) {
            CoupleStep s = latest.get(n);
            steps.add(new CoupleRecord.Step(n, Texts.get("step." + n + ".title"), s == null ? null : s.getStartedOn(),
                    s == null ? null : s.getCompletedOn()));
        }
        return steps;
    }
}

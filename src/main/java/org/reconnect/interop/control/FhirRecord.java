package org.reconnect.interop.control;

import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Enumerations;
import org.hl7.fhir.r4.model.Group;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A couple's record as a FHIR R4 {@code Bundle} of type {@code collection}: each partner a
 * {@code Patient}, the couple a {@code Group}, the therapist a {@code Practitioner}, sessions
 * {@code Encounter}s, signed notes {@code DocumentReference}s with the PDF, its SHA-1 (R4's
 * {@code attachment.hash}) and its SHA-256 (an extension beside it),
 * answered questionnaires a {@code QuestionnaireResponse} and an {@code Observation} of the total
 * and band, the program and homework a {@code CarePlan}, messages {@code Communication}s.
 * Entries are named by {@code urn:uuid}s made from the installation's public address and
 * Reconnect's ids, so the same record exported twice names its entries the same, and two clinics
 * never name two people alike; the partners', therapists' and case numbers' identifier systems are
 * the installation's own for the same reason. What the record holds was decided before: this class leaves
 * nothing out.
 */
public final class FhirRecord {

    /** Where an installation's own identifier systems live, under its public address. */
    static final String NAMING_SYSTEMS = "/fhir/NamingSystem/";
    static final String TOTALS = Fhir.BASE + "CodeSystem/instrument-total";
    static final String STEPS = Fhir.BASE + "CodeSystem/program-step";
    /** The SHA-256 of an attachment's data (base64), beside R4's own SHA-1 in {@code hash}. */
    public static final String ATTACHMENT_SHA256 = Fhir.BASE + "StructureDefinition/attachment-sha256";
    private static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    private static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";

    private final CoupleRecord record;
    private final String installation;
    private final Bundle bundle = new Bundle();
    private final Map<Long, String> accountRefs = new HashMap<>();

    private FhirRecord(CoupleRecord record, String installation) {
        this.record = record;
        this.installation = installation.endsWith("/") ? installation.substring(0, installation.length() - 1) : installation;
    }

    /**
     * The Bundle of the record, stamped with when it was made.
     *
     * @param installation the clinic's public address ({@code https://clinic.example}): names
     *                     its entries and identifiers apart from every other clinic's
     */
    public static Bundle bundle(CoupleRecord record, Instant madeAt, String installation) {
        return new FhirRecord(record, installation).build(madeAt);
    }

    /** The Bundle as FHIR JSON. */
    public static String json(Bundle bundle) {
        return Fhir.CONTEXT.newJsonParser().setPrettyPrint(true).encodeResourceToString(bundle);
    }

    /** SHA-256 of the bytes, in hex: what the accounting of disclosures keeps of a file handed out. */
    public static String sha256Hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : digest("SHA-256", bytes)) {
            hex.append(String.format("%02x", b));
        }
        return hex.toString();
    }

    private Bundle build(Instant madeAt) {
        bundle.setType(Bundle.BundleType.COLLECTION);
        bundle.setTimestamp(Date.from(madeAt));
        bundle.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue("urn:uuid:" + UUID.randomUUID()));
        for (CoupleRecord.Person p : record.partners()) {
            Patient patient = new Patient();
            patient.addIdentifier().setSystem(naming("partner")).setValue(Long.toString(p.id()));
            patient.addName(new HumanName().setText(p.fullName()));
            contact(p, patient.getTelecom());
            accountRefs.put(p.accountId(), add("Patient", p.id(), patient));
        }
        java.util.List<CoupleRecord.Person> therapists = new java.util.ArrayList<>();
        if (record.therapist() != null) {
            therapists.add(record.therapist());
        }
        therapists.addAll(record.formerTherapists());
        for (CoupleRecord.Person t : therapists) {
            Practitioner practitioner = new Practitioner();
            practitioner.addIdentifier().setSystem(naming("therapist")).setValue(Long.toString(t.id()));
            practitioner.addName(new HumanName().setText(t.fullName()));
            contact(t, practitioner.getTelecom());
            accountRefs.put(t.accountId(), add("Practitioner", t.id(), practitioner));
        }
        Group group = new Group();
        group.addIdentifier().setSystem(naming("case-number")).setValue(record.caseNumber());
        group.setActive(!"DISCHARGED".equals(record.status()));
        group.setType(Group.GroupType.PERSON).setActual(true).setName("Couple " + record.caseNumber());
        group.setQuantity(record.partners().size());
        record.partners().forEach(p -> group.addMember().setEntity(patient(p.id())));
        add("Group", record.coupleId(), group);
        record.sessions().forEach(this::encounter);
        record.notes().forEach(this::document);
        record.answered().forEach(this::answered);
        carePlan();
        record.messages().forEach(this::communication);
        return bundle;
    }

    private void encounter(CoupleRecord.Session s) {
        Encounter e = new Encounter();
        e.setStatus(switch (s.status()) {
            case "ATTENDED" -> Encounter.EncounterStatus.FINISHED;
            case "SCHEDULED" -> Encounter.EncounterStatus.PLANNED;
            case "CANCELLED", "NO_SHOW" -> Encounter.EncounterStatus.CANCELLED;
            default -> Encounter.EncounterStatus.UNKNOWN;
        });
        e.setClass_(s.video() ? new Coding(ACT_CODE, "VR", "virtual") : new Coding(ACT_CODE, "AMB", "ambulatory"));
        e.addType().setText(s.partnerId() == null ? "Joint couples-therapy session" : "Individual session");
        e.setSubject(s.partnerId() == null ? group() : patient(s.partnerId()));
        e.addParticipant().setIndividual(ref("Practitioner", s.therapistId()));
        e.setPeriod(new Period().setStart(Date.from(s.startsAt())).setEnd(Date.from(s.endsAt())));
        add("Encounter", s.id(), e);
    }

    private void document(CoupleRecord.Note n) {
        DocumentReference d = new DocumentReference();
        d.setStatus(Enumerations.DocumentReferenceStatus.CURRENT);
        d.setDocStatus(DocumentReference.ReferredDocumentStatus.FINAL);
        d.setType(new CodeableConcept().setText("Signed session note"));
        d.setSubject(n.partnerId() == null ? group() : patient(n.partnerId()));
        d.setDate(Date.from(n.signedAt()));
        d.addAuthor(ref("Practitioner", n.therapistId()));
        // R4 defines attachment.hash as the SHA-1 of the data, and validators check it; the SHA-256
        // travels beside it, in Reconnect's extension on the same attachment
        Attachment pdf = new Attachment().setContentType("application/pdf").setData(n.pdf())
                .setHash(digest("SHA-1", n.pdf())).setSize(n.pdf().length)
                .setTitle("Session note " + record.caseNumber() + ".pdf").setCreationElement(new DateTimeType(Date.from(n.signedAt())));
        pdf.addExtension(ATTACHMENT_SHA256, new org.hl7.fhir.r4.model.Base64BinaryType(digest("SHA-256", n.pdf())));
        d.addContent().setAttachment(pdf);
        d.getContext().addEncounter(ref("Encounter", n.sessionId()));
        add("DocumentReference", n.id(), d);
    }

    private void answered(CoupleRecord.Answered a) {
        String canonical = FhirQuestionnaires.canonical(a.instrumentCode()) + "|" + a.instrumentVersion();
        QuestionnaireResponse r = new QuestionnaireResponse();
        r.setQuestionnaire(canonical);
        r.setStatus(a.enteredInError() ? QuestionnaireResponse.QuestionnaireResponseStatus.ENTEREDINERROR
                : QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        r.setSubject(patient(a.partnerId()));
        r.setSource(patient(a.partnerId()));
        r.setAuthored(Date.from(a.submittedAt()));
        for (CoupleRecord.Answer answer : a.answers()) {
            r.addItem().setLinkId(answer.itemId()).setText(answer.itemText()).addAnswer()
                    .setValue(new Coding(FhirQuestionnaires.answerSystem(a.instrumentCode()), Integer.toString(answer.value()),
                            answer.label()));
        }
        String response = add("QuestionnaireResponse", a.id(), r);
        Observation o = new Observation();
        o.setStatus(a.enteredInError() ? Observation.ObservationStatus.ENTEREDINERROR : Observation.ObservationStatus.FINAL);
        o.addCategory(new CodeableConcept(new Coding(OBSERVATION_CATEGORY, "survey", "Survey")));
        o.setCode(new CodeableConcept(new Coding(TOTALS, a.instrumentCode(), a.instrumentTitle() + " total"))
                .setText(a.instrumentTitle() + " total"));
        o.setSubject(patient(a.partnerId()));
        o.setEffective(new DateTimeType(Date.from(a.submittedAt())));
        o.setValue(new Quantity().setValue(a.total()).setUnit("score"));
        if (a.band() != null) {
            o.addInterpretation().setText(a.band());
        }
        o.addDerivedFrom(new Reference(response));
        add("Observation", a.id(), o);
    }

    private void carePlan() {
        if (record.steps().isEmpty() && record.homework().isEmpty()) {
            return;
        }
        CarePlan plan = new CarePlan();
        plan.setStatus(switch (record.status()) {
            case "DISCHARGED" -> CarePlan.CarePlanStatus.COMPLETED;
            case "PAUSED" -> CarePlan.CarePlanStatus.ONHOLD;
            default -> CarePlan.CarePlanStatus.ACTIVE;
        });
        plan.setIntent(CarePlan.CarePlanIntent.PLAN);
        plan.setTitle("Reconnect: the nine-step program, " + record.caseNumber());
        plan.setSubject(group());
        if (record.openedOn() != null) {
            plan.setPeriod(new Period().setStartElement(day(record.openedOn())));
        }
        if (record.therapist() != null) {
            plan.setAuthor(ref("Practitioner", record.therapist().id()));
        }
        for (CoupleRecord.Step step : record.steps()) {
            CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
            detail.setCode(new CodeableConcept(new Coding(STEPS, Integer.toString(step.number()), step.title())));
            detail.setDescription("Step " + step.number() + ": " + step.title());
            detail.setStatus(step.completedOn() != null ? CarePlan.CarePlanActivityStatus.COMPLETED
                    : step.startedOn() != null ? CarePlan.CarePlanActivityStatus.INPROGRESS
                    : CarePlan.CarePlanActivityStatus.NOTSTARTED);
            if (step.startedOn() != null) {
                Period period = new Period().setStartElement(day(step.startedOn()));
                if (step.completedOn() != null) {
                    period.setEndElement(day(step.completedOn()));
                }
                detail.setScheduled(period);
            }
        }
        for (CoupleRecord.Homework h : record.homework()) {
            CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
            detail.setDescription("Homework: " + h.title() + (h.stepNumber() == null ? "" : " (step " + h.stepNumber() + ")"));
            detail.setStatus(switch (h.status()) {
                case "ACTIVE" -> CarePlan.CarePlanActivityStatus.INPROGRESS;
                case "COMPLETED" -> CarePlan.CarePlanActivityStatus.COMPLETED;
                case "CANCELLED" -> CarePlan.CarePlanActivityStatus.CANCELLED;
                default -> CarePlan.CarePlanActivityStatus.UNKNOWN;
            });
            Period period = new Period().setStartElement(day(h.startsOn()));
            if (h.endsOn() != null) {
                period.setEndElement(day(h.endsOn()));
            }
            detail.setScheduled(period);
            if (h.partnerId() != null) {
                detail.addPerformer(patient(h.partnerId()));
            }
        }
        add("CarePlan", record.coupleId(), plan);
    }

    private void communication(CoupleRecord.Message m) {
        Communication c = new Communication();
        c.setStatus(Communication.CommunicationStatus.COMPLETED);
        c.setSubject(m.threadPartnerId() == null ? group() : patient(m.threadPartnerId()));
        c.setSent(Date.from(m.sentAt()));
        String author = accountRefs.get(m.authorAccountId());
        if (author != null) {
            c.setSender(new Reference(author).setDisplay(m.authorName()));
        } else {
            c.setSender(new Reference().setDisplay(m.authorName()));
        }
        c.addPayload().setContent(new StringType(m.body()));
        if (m.withdrawnAt() != null) {
            c.addNote().setText("Withdrawn by its author at " + m.withdrawnAt() + "; kept in the record as it was sent.")
                    .setTimeElement(new DateTimeType(Date.from(m.withdrawnAt())));
        }
        add("Communication", m.id(), c);
    }

    private static void contact(CoupleRecord.Person p, java.util.List<ContactPoint> telecom) {
        if (p.email() != null && !p.email().isBlank()) {
            telecom.add(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.EMAIL).setValue(p.email()));
        }
        if (p.phone() != null && !p.phone().isBlank()) {
            telecom.add(new ContactPoint().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(p.phone()));
        }
    }

    private static DateTimeType day(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    private Reference patient(long partnerId) {
        return ref("Patient", partnerId);
    }

    private Reference group() {
        return ref("Group", record.coupleId());
    }

    private String naming(String what) {
        return installation + NAMING_SYSTEMS + what;
    }

    private Reference ref(String type, long id) {
        return new Reference(uuid(installation, type, id));
    }

    private String add(String type, long id, Resource resource) {
        String fullUrl = uuid(installation, type, id);
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
        return fullUrl;
    }

    /** The same entry gets the same name in every export of the same clinic's data, and another in any other clinic's. */
    static String uuid(String installation, String type, long id) {
        return "urn:uuid:" + UUID.nameUUIDFromBytes((installation + "/" + type + "/" + id).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] digest(String algorithm, byte[] bytes) {
        try {
            return MessageDigest.getInstance(algorithm).digest(bytes);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

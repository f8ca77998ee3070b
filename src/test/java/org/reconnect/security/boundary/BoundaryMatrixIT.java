package org.reconnect.security.boundary;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.assessment.boundary.AnswerForm;
import org.reconnect.assessment.boundary.AssessmentFigures;
import org.reconnect.assessment.boundary.AssessmentPlans;
import org.reconnect.assessment.boundary.AssessmentResults;
import org.reconnect.assessment.boundary.AssessmentTaking;
import org.reconnect.assessment.boundary.InstrumentCatalog;
import org.reconnect.assessment.boundary.Instruments;
import org.reconnect.assessment.boundary.PlanForm;
import org.reconnect.assessment.entity.InstrumentVersion;
import org.reconnect.assessment.entity.Recurrence;
import org.reconnect.audit.boundary.AuditLinker;
import org.reconnect.audit.boundary.AuditReport;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.boundary.RequestOrigin;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.clinic.boundary.StaffAccounts;
import org.reconnect.clinic.boundary.StaffForm;
import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.couple.boundary.Assignments;
import org.reconnect.couple.boundary.CaseStatusChanges;
import org.reconnect.couple.boundary.Cases;
import org.reconnect.couple.boundary.Intake;
import org.reconnect.couple.boundary.Invitations;
import org.reconnect.couple.boundary.PartnerForm;
import org.reconnect.couple.boundary.Partners;
import org.reconnect.couple.boundary.SafetyScreenings;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.Screening;
import org.reconnect.homework.boundary.EntryForm;
import org.reconnect.homework.boundary.HomeworkFigures;
import org.reconnect.homework.boundary.HomeworkForm;
import org.reconnect.homework.boundary.HomeworkLog;
import org.reconnect.homework.boundary.PortalEntries;
import org.reconnect.homework.boundary.HomeworkPlans;
import org.reconnect.homework.boundary.HomeworkReview;
import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.interop.boundary.CalendarFiles;
import org.reconnect.messaging.boundary.Conversations;
import org.reconnect.messaging.boundary.InboxRow;
import org.reconnect.messaging.boundary.MessageHit;
import org.reconnect.messaging.boundary.MessageInbox;
import org.reconnect.messaging.boundary.ThreadSummary;
import org.reconnect.notes.boundary.NotesFigures;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.overview.boundary.CaseloadReports;
import org.reconnect.overview.boundary.ClinicActivity;
import org.reconnect.overview.boundary.ClinicFigures;
import org.reconnect.program.boundary.Program;
import org.reconnect.program.boundary.ProgramDetails;
import org.reconnect.reminders.boundary.Reminders;
import org.reconnect.schedule.boundary.AppointmentForm;
import org.reconnect.schedule.boundary.Appointments;
import org.reconnect.schedule.boundary.CalendarFeeds;
import org.reconnect.schedule.boundary.InvitationFile;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.shared.boundary.DatabaseReadiness;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.shared.boundary.Submissions;
import org.reconnect.testsupport.container.AssessmentFixtures;
import org.reconnect.testsupport.container.BoundaryMatrix;
import org.reconnect.testsupport.container.BoundaryMatrix.Row;
import org.reconnect.testsupport.container.BoundaryMethods;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.MatrixWorld;
import org.reconnect.testsupport.container.Principal;
import org.reconnect.testsupport.container.RunAs;
import org.reconnect.testsupport.container.SessionFixtures;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.naming.InitialContext;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.reconnect.testsupport.container.BoundaryMatrix.copy;
import static org.reconnect.testsupport.container.BoundaryMatrix.done;
import static org.reconnect.testsupport.container.BoundaryMatrix.ids;
import static org.reconnect.testsupport.container.BoundaryMatrix.plain;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The authorization matrix of the boundaries: every public method of every boundary bean, called
 * by each principal with couple 1's record ids, against the table below; the letters are those
 * of {@link BoundaryMatrix}. Couple 1 and its records are made fresh for the run
 * ({@link MatrixWorld}); every call runs in a transaction that is rolled back, with valid
 * arguments, so that the access check is the only thing that can stop it, and a write that goes
 * through (a discharge, a reassignment, a signature) changes nothing for the next call.
 *
 * <p>A boundary method without a row, or a row without a method, fails
 * {@link #everyPublicBoundaryMethodHasARow}: a new method says who may call it here.
 */
@ExtendWith(ArquillianExtension.class)
class BoundaryMatrixIT {

    private static final Logger LOG = Logger.getLogger(BoundaryMatrixIT.class.getName());
    private static final String NOBODY = "matrix-nobody@it.test";

    // what the calls need beyond ids: versions and forms, prepared once by the people allowed to
    private static long coupleVersion;
    private static long assignmentVersion;
    private static long planVersion;
    private static long responseVersion;
    private static long upcomingVersion;
    private static long noteVersion;
    private static AnswerForm openForm;
    private static PartnerForm partnerForm;
    private static HomeworkForm homeworkForm;
    private static EntryForm entryForm;
    private static AppointmentForm upcomingForm;
    private static StaffForm staffForm;
    private static ClinicSettings.Values settings;
    private static InstrumentVersion instrument;

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(BoundaryMatrixIT.class);
    }

    @Test
    void everyPublicBoundaryMethodHasARow() throws Exception {
        Set<String> deployed = BoundaryMethods.inDeployment().keySet();
        Set<String> inTable = table().stream().map(Row::method).collect(Collectors.toCollection(TreeSet::new));

        Set<String> withoutRow = new TreeSet<>(deployed);
        withoutRow.removeAll(inTable);
        Set<String> withoutMethod = new TreeSet<>(inTable);
        withoutMethod.removeAll(deployed);

        assertTrue(withoutRow.isEmpty(), () -> "boundary methods without a row in the authorization matrix, add one to "
                + "BoundaryMatrixIT.table() saying who may call each: " + withoutRow);
        assertTrue(withoutMethod.isEmpty(), () -> "rows of the authorization matrix for methods that no boundary has "
                + "(renamed or removed?): " + withoutMethod);
        assertTrue(deployed.contains("Cases.findCase") && deployed.contains("SessionRegistry.endSessionsOf"),
                () -> "the scan misses known boundary methods: " + deployed);
    }

    @Test
    void everyPrincipalGetsWhatTheTableSaysFromEveryBoundaryMethod() throws Exception {
        long started = System.nanoTime();
        MatrixWorld world = MatrixWorld.create();
        prepare(world);
        long made = System.nanoTime();

        List<Row> table = table();
        List<String> failures;
        try {
            failures = BoundaryMatrix.run(table, world);
        } finally {
            // the calls that count a wrong answer commit it on purpose: the principals start clean again
            for (String email : List.of(world.admin(), world.therapist(), world.otherTherapist(), world.partnerA(),
                    world.partnerB(), world.otherPartner())) {
                Deployed.update("DELETE FROM login_throttle WHERE user_id = (SELECT id FROM user_account WHERE email = ?)", email);
            }
            Deployed.update("DELETE FROM address_throttle WHERE address = '192.0.2.77'");
        }

        LOG.info(String.format("Boundary matrix: %d methods x %d principals; fixtures %d ms, calls %d ms", table.size(),
                Principal.values().length, Duration.ofNanos(made - started).toMillis(),
                Duration.ofNanos(System.nanoTime() - made).toMillis()));
        if (!failures.isEmpty()) {
            fail(failures.size() + " cells of the authorization matrix differ from the table (letters for "
                    + Principal.ORDER + "):\n  " + String.join("\n  ", failures));
        }
    }

    private static void prepare(MatrixWorld w) throws Exception {
        coupleVersion = version("couple", w.couple());
        assignmentVersion = version("homework_assignment", w.assignment());
        planVersion = version("assessment_plan", w.plan());
        responseVersion = version("assessment_administration", w.response());
        upcomingVersion = version("appointment", w.upcoming());
        noteVersion = version("session_note", w.note());
        openForm = RunAs.user(w.partnerA(), () -> Deployed.boundary(AssessmentTaking.class).open(w.openResponse()));
        entryForm = RunAs.user(w.partnerA(), () -> Deployed.boundary(HomeworkLog.class).edit(w.entry()));
        partnerForm = RunAs.user(w.therapist(), () -> Deployed.boundary(Partners.class).edit(w.partnerAId())).orElseThrow();
        homeworkForm = RunAs.user(w.therapist(), () -> Deployed.boundary(HomeworkPlans.class)
                .draft(w.couple(), HomeworkType.DAILY_TALK));
        upcomingForm = RunAs.user(w.therapist(), () -> Deployed.boundary(Appointments.class).edit(w.upcoming()));
        upcomingForm.setStartsAt(upcomingForm.getStartsAt().plusHours(1));
        upcomingForm.setEndsAt(upcomingForm.getEndsAt().plusHours(1));
        staffForm = RunAs.user(w.admin(), () -> Deployed.boundary(StaffAccounts.class).edit(w.otherTherapistUser()))
                .orElseThrow();
        staffForm.setMaxCaseload(100); // the test therapists' 1,000 is more than the page allows
        settings = Deployed.boundary(ClinicSettings.class).values();
        EntityManager em = InitialContext.<EntityManagerFactory>doLookup("java:global/reconnect/entityManagerFactory")
                .createEntityManager();
        try {
            instrument = em.find(InstrumentVersion.class, AssessmentFixtures.instrumentId(MatrixWorld.INSTRUMENT));
        } finally {
            em.close();
        }
    }

    private static long version(String table, long id) throws Exception {
        return Deployed.number("SELECT version FROM " + table + " WHERE id = ?", id);
    }

    private static PageRequest search(String caseNumber) {
        return new PageRequest(0, 20, null, true, Map.of("search", caseNumber));
    }

    private static PageRequest ofAssignment(long assignment) {
        return new PageRequest(0, 20, null, true, Map.of("assignment", String.valueOf(assignment)));
    }

    private static PlanForm planForm() throws Exception {
        PlanForm form = new PlanForm();
        form.setInstrumentId(AssessmentFixtures.instrumentId(MatrixWorld.INSTRUMENT));
        form.setRecurrence(Recurrence.ONCE);
        form.setFirstDue(LocalDate.now());
        return form;
    }

    private static EntryForm moment(long assignment) {
        EntryForm form = new EntryForm();
        form.setAssignmentId(assignment);
        form.setBidBy(BidBy.PARTNER);
        form.setResponse(BidResponse.TURNED_TOWARD);
        return form;
    }

    private static StaffForm newStaff() {
        StaffForm form = new StaffForm();
        form.setDisplayName("Matrix Staff");
        form.setEmail(Fixtures.uniqueEmail("matrix-staff"));
        form.setTherapist(true);
        form.setCredentials("LMFT");
        return form;
    }

    /** Shows couple 1 when a map of figures per couple has couple 1's. */
    private static boolean hasCoupleOne(Object figures, MatrixWorld w) {
        return ((Map<?, ?>) figures).containsKey(w.couple());
    }

    /** Shows couple 1 when the partner's threads are couple 1's. */
    private static boolean listsCoupleOnesThreads(Object threads, MatrixWorld w) {
        return ((List<?>) threads).stream().anyMatch(t -> ((ThreadSummary) t).id() == w.jointThread());
    }

    /** Shows couple 1 when the inbox lists one of its threads. */
    private static boolean listsCoupleOne(Object rows, MatrixWorld w) {
        return ((List<?>) rows).stream().anyMatch(r -> ((InboxRow) r).coupleId() == w.couple());
    }

    /** Shows couple 1 when the search found one of its messages. */
    private static boolean findsCoupleOne(Object hits, MatrixWorld w) {
        return ((List<?>) hits).stream().anyMatch(h -> ((MessageHit) h).coupleId() == w.couple());
    }

    /** Shows couple 1 when the partner's program is couple 1's: only couple 1 is on a step. */
    private static boolean onCoupleOnesStep(Object program, MatrixWorld w) {
        return ((Optional<?>) program).map(p -> Integer.valueOf(MatrixWorld.STEP).equals(((ProgramDetails) p).currentStep()))
                .orElse(false);
    }

    // ------------------------------------------------------------------------------------------

    /**
     * The table: for each method, the letter per principal ({@link Principal}: anonymous, partner
     * A, partner B, a partner of couple 2, couple 1's therapist, another therapist, an admin).
     * Partner A wrote the entry and has the questionnaires.
     */
    private static List<Row> table() {
        Conversations conversations = Deployed.boundary(Conversations.class);
        MessageInbox messageInbox = Deployed.boundary(MessageInbox.class);
        AssessmentFigures assessmentFigures = Deployed.boundary(AssessmentFigures.class);
        AssessmentPlans assessmentPlans = Deployed.boundary(AssessmentPlans.class);
        AssessmentResults results = Deployed.boundary(AssessmentResults.class);
        AssessmentTaking taking = Deployed.boundary(AssessmentTaking.class);
        Instruments instruments = Deployed.boundary(Instruments.class);
        org.reconnect.interop.boundary.FhirInstruments fhirInstruments = Deployed.boundary(org.reconnect.interop.boundary.FhirInstruments.class);
        org.reconnect.interop.boundary.RecordExports recordExports = Deployed.boundary(org.reconnect.interop.boundary.RecordExports.class);
        AuditReport auditReport = Deployed.boundary(AuditReport.class);
        AuditTrail audit = Deployed.boundary(AuditTrail.class);
        AuditLinker auditLinker = Deployed.boundary(AuditLinker.class);
        CaseloadReports caseloads = Deployed.boundary(CaseloadReports.class);
        ClinicActivity activity = Deployed.boundary(ClinicActivity.class);
        ClinicFigures clinicFigures = Deployed.boundary(ClinicFigures.class);
        ClinicSettings clinicSettings = Deployed.boundary(ClinicSettings.class);
        StaffAccounts staff = Deployed.boundary(StaffAccounts.class);
        Assignments assignments = Deployed.boundary(Assignments.class);
        CaseStatusChanges statusChanges = Deployed.boundary(CaseStatusChanges.class);
        Cases cases = Deployed.boundary(Cases.class);
        Intake intake = Deployed.boundary(Intake.class);
        Invitations invitations = Deployed.boundary(Invitations.class);
        Partners partners = Deployed.boundary(Partners.class);
        SafetyScreenings screenings = Deployed.boundary(SafetyScreenings.class);
        HomeworkFigures homeworkFigures = Deployed.boundary(HomeworkFigures.class);
        HomeworkLog log = Deployed.boundary(HomeworkLog.class);
        PortalEntries portalEntries = Deployed.boundary(PortalEntries.class);
        HomeworkPlans homeworkPlans = Deployed.boundary(HomeworkPlans.class);
        HomeworkReview review = Deployed.boundary(HomeworkReview.class);
        Reminders reminders = Deployed.boundary(Reminders.class);
        org.reconnect.shared.boundary.SubmissionPurge purge = Deployed.boundary(org.reconnect.shared.boundary.SubmissionPurge.class);
        NotesFigures notesFigures = Deployed.boundary(NotesFigures.class);
        SessionNotes notes = Deployed.boundary(SessionNotes.class);
        Program program = Deployed.boundary(Program.class);
        Appointments appointments = Deployed.boundary(Appointments.class);
        AccountLinks links = Deployed.boundary(AccountLinks.class);
        PasswordResets resets = Deployed.boundary(PasswordResets.class);
        Callers callers = Deployed.boundary(Callers.class);
        FirstAdmin firstAdmin = Deployed.boundary(FirstAdmin.class);
        LoginThrottle throttle = Deployed.boundary(LoginThrottle.class);
        TwoStep twoStep = Deployed.boundary(TwoStep.class);
        Reauthentication reauthentication = Deployed.boundary(Reauthentication.class);
        AccountSecurity accountSecurity = Deployed.boundary(AccountSecurity.class);
        ThisSession thisSession = Deployed.bean(ThisSession.class);
        InstrumentCatalog catalog = Deployed.bean(InstrumentCatalog.class);
        RequestOrigin origin = Deployed.bean(RequestOrigin.class);
        SessionRegistry sessions = Deployed.bean(SessionRegistry.class);
        SessionActivity sessionActivity = Deployed.bean(SessionActivity.class);
        DatabaseReadiness readiness = Deployed.bean(DatabaseReadiness.class, org.eclipse.microprofile.health.Readiness.Literal.INSTANCE);
        OutgoingMail mail = Deployed.bean(OutgoingMail.class);
        CalendarFeeds calendarFeeds = Deployed.boundary(CalendarFeeds.class);
        CalendarFiles calendarFiles = Deployed.bean(CalendarFiles.class);
        InvitationFile.Invite invite = new InvitationFile.Invite(1L, 0L, java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(3000),
                "Matrix", "Room 1", "Matrix", "clinic@it.test", "Matrix", NOBODY, "Matrix", java.time.ZoneOffset.UTC, false);
        char[] password = RunAs.DEMO_PASSWORD.toCharArray();
        LocalDateTime now = SessionFixtures.now();

        return List.of(
        //                                                   anon A  B  C2 T1 T2 admin
        // messaging: a partner the joint thread and their own, never the other's; the therapist all three; an admin counts
        ids("Conversations.forCouple",                      "R  R  R  R  A  N  A", w -> conversations.forCouple(w.couple())),
        plain("Conversations.mine",                         "R  A  A  a  R  R  R", w -> conversations.mine()).showing(BoundaryMatrixIT::listsCoupleOnesThreads),
        plain("MessageInbox.inbox",                        "R  R  R  R  A  a  R", w -> messageInbox.inbox(null)).showing(BoundaryMatrixIT::listsCoupleOne),
        ids("MessageInbox.inbox",                          "R  R  R  R  A  N  R", w -> messageInbox.inbox(w.couple())),
        plain("MessageInbox.search",                       "R  R  R  R  A  a  R", w -> messageInbox.search("Hello both", null)).showing(BoundaryMatrixIT::findsCoupleOne),
        ids("MessageInbox.search",                         "R  R  R  R  A  N  R", w -> messageInbox.search("Hello both", w.couple())),
        plain("MessageInbox.unreadMine",                   "R  A  A  A  R  R  R", w -> messageInbox.unreadMine()),
        ids("MessageInbox.unreadByCouple",                 "R  R  R  R  A  N  R", w -> messageInbox.unreadByCouple(List.of(w.couple()))).showing(BoundaryMatrixIT::hasCoupleOne),
        ids("Conversations.open",                           "R  A  A  N  A  N  N", w -> conversations.open(w.jointThread())),
        ids("Conversations.open",                           "R  A  N  N  A  N  N", w -> conversations.open(w.threadA())),
        ids("Conversations.open",                           "R  N  A  N  A  N  N", w -> conversations.open(w.threadB())),
        ids("Conversations.look",                           "R  A  A  N  A  N  N", w -> conversations.look(w.jointThread())),
        ids("Conversations.look",                           "R  A  N  N  A  N  N", w -> conversations.look(w.threadA())),
        ids("Conversations.look",                           "R  N  A  N  A  N  N", w -> conversations.look(w.threadB())),
        ids("Conversations.pulse",                          "R  A  A  N  A  N  N", w -> conversations.pulse(w.jointThread())),
        ids("Conversations.pulse",                          "R  A  N  N  A  N  N", w -> conversations.pulse(w.threadA())),
        ids("Conversations.pulse",                          "R  N  A  N  A  N  N", w -> conversations.pulse(w.threadB())),
        ids("Conversations.send",                           "R  A  A  N  A  N  N", w -> conversations.send(w.jointThread(), "Matrix", "matrix-send-joint")),
        ids("Conversations.send",                           "R  A  N  N  A  N  N", w -> conversations.send(w.threadA(), "Matrix", "matrix-send-a")),
        ids("Conversations.send",                           "R  N  A  N  A  N  N", w -> conversations.send(w.threadB(), "Matrix", "matrix-send-b")),
        ids("Conversations.withdraw",                       "R  A  N  N  N  N  N", w -> done(() -> conversations.withdraw(w.messageA(), 0))),
        // assessment: the therapist plans and reads; partner A answers her own
        ids("AssessmentFigures.forCouples",                 "R  R  R  R  A  N  R", w -> assessmentFigures.forCouples(List.of(w.couple()))).showing(BoundaryMatrixIT::hasCoupleOne),
        plain("AssessmentFigures.caseloadSummary",          "R  R  R  R  A  A  R", w -> assessmentFigures.caseloadSummary()),
        plain("AssessmentFigures.byTherapist",              "R  R  R  R  R  R  A", w -> assessmentFigures.byTherapist()),
        ids("AssessmentPlans.draft",                        "R  R  R  R  A  N  R", w -> assessmentPlans.draft(w.couple())),
        ids("AssessmentPlans.assign",                       "R  R  R  R  A  N  R", w -> assessmentPlans.assign(w.couple(), planForm())),
        ids("AssessmentPlans.stop",                         "R  R  R  R  A  N  R", w -> done(() -> assessmentPlans.stop(w.plan(), planVersion))),
        ids("AssessmentPlans.share",                        "R  R  R  R  A  N  R", w -> done(() -> assessmentPlans.share(w.plan(), planVersion, false))),
        ids("AssessmentPlans.list",                         "R  R  R  R  A  N  R", w -> assessmentPlans.list(w.couple())),
        ids("AssessmentResults.forCouple",                  "R  R  R  R  A  N  R", w -> results.forCouple(w.couple())),
        ids("AssessmentResults.answers",                    "R  R  R  R  A  N  R", w -> results.answers(w.response())),
        ids("AssessmentResults.markEnteredInError",         "R  R  R  R  A  N  R", w -> done(() -> results.markEnteredInError(w.response(), responseVersion, "Answered by the wrong partner."))),
        plain("AssessmentTaking.toAnswer",                  "R  A  a  a  R  R  R", w -> taking.toAnswer()),
        plain("AssessmentTaking.mine",                      "R  A  a  a  R  R  R", w -> taking.mine()),
        ids("AssessmentTaking.open",                        "R  A  N  N  R  R  R", w -> taking.open(w.openResponse())),
        ids("AssessmentTaking.save",                        "R  A  N  N  R  R  R", w -> taking.save(w.openResponse(), openForm.getVersion(), openForm.getInstrumentVersion(), Map.of("q1", 2), false, org.reconnect.shared.boundary.Submissions.newKey())),
        plain("InstrumentCatalog.of",                       "A  A  A  A  A  A  A", w -> catalog.of(instrument)),
        plain("InstrumentCatalog.byIds",                    "A  A  A  A  A  A  A", w -> catalog.byIds(List.of(instrument.getId()))),
        plain("Instruments.latest",                         "R  R  R  R  A  A  A", w -> instruments.latest()),
        plain("Instruments.all",                            "R  R  R  R  R  R  A", w -> instruments.all()),
        plain("Instruments.upload",                         "R  R  R  R  R  R  A", w -> instruments.upload("{}")),
        plain("Instruments.loadBundled",                    "A  A  A  A  A  A  A", w -> instruments.loadBundled()),
        plain("Instruments.importDefinition",               "R  R  R  R  R  R  A", w -> instruments.importDefinition("{}", "matrix")),
        plain("Instruments.loadImportedAtStart",            "A  A  A  A  A  A  A", w -> instruments.loadImportedAtStart("{}", "matrix")),
        plain("Instruments.definition",                     "R  R  R  R  A  A  A", w -> instruments.definition(instrument.getId())),
        // FHIR: instruments hold no one's data; a couple's record goes to its therapist, and to admins without clinical text
        plain("FhirInstruments.importQuestionnaire",        "R  R  R  R  R  R  A", w -> fhirInstruments.importQuestionnaire("{}", null, false)),
        plain("FhirInstruments.questionnaire",              "R  R  R  R  A  A  A", w -> fhirInstruments.questionnaire(instrument.getId())),
        ids("RecordExports.couple",                         "R  R  R  R  A  N  A", w -> recordExports.couple(w.couple(), "Matrix clinic", "a move")),
        ids("RecordExports.partner",                        "R  R  R  R  A  N  A", w -> recordExports.partner(w.couple(), w.partnerAId(), "Matrix clinic", "asked for it")),
        ids("RecordExports.disclosures",                    "R  R  R  R  A  N  A", w -> recordExports.disclosures(w.couple())),

        // audit: the report is for admins; the trail itself is written by everyone's requests
        plain("AuditReport.count",                          "R  R  R  R  R  R  A", w -> auditReport.count(Map.of("couple", w.caseNumber()))),
        plain("AuditReport.rows",                           "R  R  R  R  R  R  A", w -> auditReport.rows(new PageRequest(0, 20, null, true, Map.of("couple", w.caseNumber())))),
        plain("AuditReport.csv",                            "R  R  R  R  R  R  A", w -> auditReport.csv(Map.of("couple", w.caseNumber()), null, true)),
        plain("AuditReport.verify",                         "R  R  R  R  R  R  A", w -> auditReport.verify()),
        plain("AuditTrail.record",                          "A  A  A  A  A  A  A", w -> done(() -> audit.record(AuditAction.VIEW_COUPLE, AuditOutcome.SUCCESS, w.couple(), "COUPLE", w.couple(), "matrix"))),
        plain("AuditTrail.recordListing",                   "A  A  A  A  A  A  A", w -> done(() -> audit.recordListing(AuditAction.VIEW_COUPLE_LIST, "COUPLE_LIST", List.of(w.couple()), "matrix"))),
        plain("AuditTrail.recordListingFor",                "A  A  A  A  A  A  A", w -> done(() -> audit.recordListingFor(NOBODY, AuditAction.VIEW_CALENDAR_FEED, "APPOINTMENT", List.of(w.couple()), "matrix"))),
        plain("AuditTrail.recordFor",                       "A  A  A  A  A  A  A", w -> done(() -> audit.recordFor(NOBODY, AuditAction.LOGIN_FAILED, AuditOutcome.FAILURE, "matrix"))),
        plain("AuditTrail.recordDenial",                    "A  A  A  A  A  A  A", w -> done(() -> audit.recordDenial(AuditAction.VIEW_COUPLE, "COUPLE", MatrixWorld.MISSING, "authorization matrix"))),
        plain("AuditTrail.keepShown",                       "A  A  A  A  A  A  A", w -> done(() -> audit.keepShown(List.of()))),
        plain("AuditLinker.linkWaiting",                    "A  A  A  A  A  A  A", w -> auditLinker.linkWaiting()),
        plain("RequestOrigin.getClientAddress",             "A  A  A  A  A  A  A", w -> Deployed.inRequestScope(origin::getClientAddress)),
        plain("RequestOrigin.setClientAddress",             "A  A  A  A  A  A  A", w -> Deployed.inRequestScope(() -> done(() -> origin.setClientAddress("192.0.2.1")))),

        // clinic: reports, settings and staff are the admin's; anyone may read which templates and zone apply
        plain("CaseloadReports.perTherapist",               "R  R  R  R  R  R  A", w -> caseloads.perTherapist()),
        plain("CaseloadReports.totals",                     "R  R  R  R  R  R  A", w -> caseloads.totals()),
        plain("CaseloadReports.perStep",                    "R  R  R  R  R  R  A", w -> caseloads.perStep()),
        plain("ClinicActivity.byTherapist",                 "R  R  R  R  R  R  A", w -> activity.byTherapist()),
        plain("ClinicFigures.counts",                       "R  R  R  R  R  R  A", w -> clinicFigures.counts()),
        plain("ClinicSettings.values",                      "A  A  A  A  A  A  A", w -> clinicSettings.values()),
        plain("ClinicSettings.noteTemplates",               "A  A  A  A  A  A  A", w -> clinicSettings.noteTemplates()),
        plain("ClinicSettings.timeZone",                    "A  A  A  A  A  A  A", w -> clinicSettings.timeZone()),
        plain("ClinicSettings.change",                      "R  R  R  R  R  R  A", w -> done(() -> clinicSettings.change(settings.templates(), "Europe/Berlin", settings.templatesVersion(), settings.zoneVersion()))),
        plain("ClinicSettings.twoStepRequiredForTherapists", "A  A  A  A  A  A  A", w -> clinicSettings.twoStepRequiredForTherapists()),
        plain("ClinicSettings.changeTherapistTwoStep",      "R  R  R  R  R  R  A", w -> done(() -> clinicSettings.changeTherapistTwoStep(true, settings.twoStepVersion()))),
        plain("ClinicSettings.officeHours",                 "A  A  A  A  A  A  A", w -> clinicSettings.officeHours()),
        plain("ClinicSettings.changeOfficeHours",           "R  R  R  R  R  R  A", w -> done(() -> clinicSettings.changeOfficeHours("Weekdays 9 to 5", settings.officeHoursVersion()))),
        plain("StaffAccounts.count",                        "R  R  R  R  R  R  A", w -> staff.count(Map.of())),
        plain("StaffAccounts.rows",                         "R  R  R  R  R  R  A", w -> staff.rows(PageRequest.firstPage(20))),
        plain("StaffAccounts.edit",                         "R  R  R  R  R  R  A", w -> staff.edit(w.otherTherapistUser())),
        plain("StaffAccounts.create",                       "R  R  R  R  R  R  A", w -> staff.create(newStaff())),
        plain("StaffAccounts.update",                       "R  R  R  R  R  R  A", w -> done(() -> staff.update(copy(staffForm)))),
        plain("StaffAccounts.deactivate",                   "R  R  R  R  R  R  A", w -> staff.deactivate(w.otherTherapistUser())),
        plain("StaffAccounts.reactivate",                   "R  R  R  R  R  R  A", w -> done(() -> staff.reactivate(w.otherTherapistUser()))),
        plain("StaffAccounts.sendSetupLink",                "R  R  R  R  R  R  A", w -> staff.sendSetupLink(w.otherTherapistUser())),

        // couple: the treating therapist and admins see the case (admins its metadata); partners their own
        plain("Assignments.loads",                          "R  R  R  R  R  R  A", w -> assignments.loads()),
        ids("Assignments.assign",                           "R  R  R  R  R  R  A", w -> done(() -> assignments.assign(w.couple(), coupleVersion, w.otherTherapistId(), "Matrix: a closer office.", true))),
        ids("Assignments.history",                          "R  R  R  R  R  R  A", w -> assignments.history(w.couple())),
        ids("CaseStatusChanges.change",                     "R  R  R  R  A  N  A", w -> done(() -> statusChanges.change(w.couple(), coupleVersion, CaseStatus.PAUSED, "Matrix: a break.", null))),
        plain("CaseStatusChanges.nextStatuses",             "R  R  R  R  A  A  A", w -> statusChanges.nextStatuses(CaseStatus.ACTIVE)),
        ids("Cases.findCase",                               "R  A  A  N  A  N  A", w -> cases.findCase(w.couple())),
        ids("Cases.details",                                "R  R  R  R  A  N  A", w -> cases.details(w.couple())),
        ids("Cases.caseloadCount",                          "R  R  R  R  A  N  R", w -> cases.caseloadCount(Map.of("search", w.caseNumber()))),
        ids("Cases.caseloadRows",                           "R  R  R  R  A  N  R", w -> cases.caseloadRows(search(w.caseNumber()))),
        ids("Cases.clinicCount",                            "R  R  R  R  R  R  A", w -> cases.clinicCount(Map.of("search", w.caseNumber()))),
        ids("Cases.clinicRows",                             "R  R  R  R  R  R  A", w -> cases.clinicRows(search(w.caseNumber()))),
        plain("Cases.waitingCount",                         "R  R  R  R  R  R  A", w -> cases.waitingCount(Map.of())),
        plain("Cases.waitingRows",                          "R  R  R  R  R  R  A", w -> cases.waitingRows(PageRequest.firstPage(20))),
        plain("Cases.myCase",                               "R  A  A  a  R  R  R", w -> cases.myCase()),
        plain("Cases.myTimeZone",                           "R  A  A  A  R  R  R", w -> cases.myTimeZone()),
        plain("Intake.open",                                "R  R  R  R  A  A  A", w -> intake.open(Fixtures.intakeForm())),
        ids("Invitations.send",                             "R  R  R  R  A  N  A", w -> invitations.send(w.partnerAId())),
        ids("Partners.edit",                                "R  R  R  R  A  N  A", w -> partners.edit(w.partnerAId())),
        ids("Partners.update",                              "R  R  R  R  A  N  A", w -> done(() -> partners.update(w.partnerAId(), coupleVersion, copy(partnerForm)))),
        ids("SafetyScreenings.record",                      "R  R  R  R  A  N  R", w -> done(() -> screenings.record(w.partnerAId(), Screening.CLEARED, LocalDate.now().minusDays(1), null))),
        ids("SafetyScreenings.decideToProceed",             "R  R  R  R  A  N  R", w -> done(() -> screenings.decideToProceed(w.couple(), coupleVersion, "Matrix: proceed with care."))),
        ids("SafetyScreenings.jointWork",                   "R  R  R  R  A  N  A", w -> screenings.jointWork(w.couple())),

        // homework: partners log and read their couple's (B reads A's shared moment, never edits it)
        ids("HomeworkFigures.forCouples",                   "R  R  R  R  A  N  A", w -> homeworkFigures.forCouples(List.of(w.couple()))).showing(BoundaryMatrixIT::hasCoupleOne),
        plain("HomeworkFigures.byTherapist",                "R  R  R  R  R  R  A", w -> homeworkFigures.byTherapist()),
        plain("HomeworkLog.thisWeek",                       "R  A  A  a  R  R  R", w -> log.thisWeek()),
        plain("HomeworkLog.myJournal",                      "R  A  A  A  R  R  R", w -> log.myJournal()),
        ids("HomeworkLog.start",                            "R  A  A  N  R  R  R", w -> log.start(w.assignment())),
        ids("HomeworkLog.logMicroMoment",                   "R  A  A  N  R  R  R", w -> log.logMicroMoment(w.assignment(), BidBy.PARTNER, BidResponse.TURNED_TOWARD)),
        ids("HomeworkLog.log",                              "R  A  A  N  R  R  R", w -> log.log(moment(w.assignment()))),
        ids("HomeworkLog.edit",                             "R  A  N  N  R  R  R", w -> log.edit(w.entry())),
        ids("HomeworkLog.update",                           "R  A  N  N  R  R  R", w -> done(() -> {
            EntryForm form = copy(entryForm);
            form.setEntryId(w.entry());
            log.update(form);
        })),
        ids("PortalEntries.entryCount",                     "R  A  A  N  R  R  R", w -> portalEntries.entryCount(Map.of("assignment", String.valueOf(w.assignment())))),
        ids("PortalEntries.entryRows",                      "R  A  A  N  R  R  R", w -> portalEntries.entryRows(ofAssignment(w.assignment()))),
        plain("HomeworkLog.remindersOn",                    "R  A  A  A  R  R  R", w -> log.remindersOn()),
        plain("HomeworkLog.setReminders",                   "R  A  A  A  R  R  R", w -> done(() -> log.setReminders(false))),
        ids("HomeworkPlans.suggested",                      "R  R  R  R  A  N  R", w -> homeworkPlans.suggested(w.couple())),
        ids("HomeworkPlans.draft",                          "R  R  R  R  A  N  R", w -> homeworkPlans.draft(w.couple(), HomeworkType.DAILY_TALK)),
        ids("HomeworkPlans.assign",                         "R  R  R  R  A  N  R", w -> homeworkPlans.assign(w.couple(), copy(homeworkForm))),
        ids("HomeworkPlans.end",                            "R  R  R  R  A  N  R", w -> done(() -> homeworkPlans.end(w.assignment(), assignmentVersion, true))),
        ids("HomeworkPlans.list",                           "R  R  R  R  A  N  R", w -> homeworkPlans.list(w.couple())),
        ids("HomeworkReview.review",                        "R  R  R  R  A  N  R", w -> review.review(w.couple())),
        ids("HomeworkReview.entryCount",                    "R  R  R  R  A  N  R", w -> review.entryCount(w.couple(), Map.of())),
        ids("HomeworkReview.entryRows",                     "R  R  R  R  A  N  R", w -> review.entryRows(w.couple(), PageRequest.firstPage(20))),
        ids("HomeworkReview.giveFeedback",                  "R  R  R  R  A  N  R", w -> done(() -> review.giveFeedback(w.entry(), "Well noticed.", true))),
        plain("Reminders.sendDue",                          "R  R  R  R  R  R  A", w -> reminders.sendDue(Instant.now())),
        plain("SubmissionPurge.purge",                      "R  R  R  R  R  R  A", w -> purge.purge()),

        // notes: the treating therapist only; admins get counts
        plain("NotesFigures.byTherapist",                   "R  R  R  R  R  R  A", w -> notesFigures.byTherapist()),
        ids("SessionNotes.start",                           "R  R  R  R  A  N  R", w -> notes.start(w.appointment(), NoteTemplate.SOAP)),
        ids("SessionNotes.noteFor",                         "R  R  R  R  A  N  R", w -> notes.noteFor(w.noteAppointment())),
        ids("SessionNotes.canStart",                        "R  R  R  R  A  N  R", w -> notes.canStart(w.appointment())),
        ids("SessionNotes.view",                            "R  R  R  R  A  N  R", w -> notes.view(w.note())),
        ids("SessionNotes.save",                            "R  R  R  R  A  N  R", w -> notes.save(w.note(), noteVersion, SessionFixtures.soap("Matrix: saved."))),
        ids("SessionNotes.sign",                            "R  R  R  R  A  N  R", w -> done(() -> notes.sign(w.note(), noteVersion, SessionFixtures.soap("Matrix: signed."), password.clone()))),
        ids("SessionNotes.addAddendum",                     "R  R  R  R  A  N  R", w -> done(() -> notes.addAddendum(w.note(), "Matrix: a correction.", password.clone(), Submissions.newKey()))),
        ids("SessionNotes.pdf",                             "R  R  R  R  A  N  R", w -> notes.pdf(w.note())),
        ids("SessionNotes.pdfForRecord",                    "R  R  R  R  A  N  R", w -> notes.pdfForRecord(w.note(), w.partnerAId())),
        ids("SessionNotes.pdfForCouple",                    "R  R  R  R  A  N  R", w -> notes.pdfForCouple(w.couple(), LocalDate.now().minusDays(30), LocalDate.now())),
        plain("SessionNotes.overdue",                       "R  R  R  R  A  a  R", w -> notes.overdue()),

        // program: the steps are for everyone signed in; a couple's way through them as the case is
        plain("Program.steps",                              "R  A  A  A  A  A  A", w -> program.steps()),
        ids("Program.view",                                 "R  R  R  R  A  N  A", w -> program.view(w.couple())),
        ids("Program.moveTo",                               "R  R  R  R  A  N  R", w -> done(() -> program.moveTo(w.couple(), coupleVersion, MatrixWorld.STEP + 1, "Matrix: on."))),
        plain("Program.mine",                               "R  A  A  a  R  R  R", w -> program.mine()).showing(BoundaryMatrixIT::onCoupleOnesStep),

        // schedule: the treating therapist books; admins see a couple's sessions; partners their upcoming ones
        plain("Appointments.calendar",                      "R  R  R  R  A  a  R", w -> appointments.calendar(now.minusDays(7), now.plusDays(7))),
        ids("Appointments.forCouple",                       "R  R  R  R  A  N  A", w -> appointments.forCouple(w.couple())),
        plain("Appointments.upcomingForMe",                 "R  A  A  a  R  R  R", w -> appointments.upcomingForMe()),
        plain("Appointments.bookable",                      "R  R  R  R  A  a  R", w -> appointments.bookable()),
        // a blank form that repeats the id it is given and reads nothing
        ids("Appointments.draft",                           "R  R  R  R  A  A  R", w -> appointments.draft(w.couple(), now.plusDays(5))),
        ids("Appointments.book",                            "R  R  R  R  A  N  R", w -> appointments.book(SessionFixtures.form(w.couple(), null, now.plusDays(5), 50))),
        ids("Appointments.edit",                            "R  R  R  R  A  N  R", w -> appointments.edit(w.upcoming())),
        ids("Appointments.change",                          "R  R  R  R  A  N  R", w -> done(() -> appointments.change(w.upcoming(), upcomingVersion, copy(upcomingForm)))),
        ids("Appointments.move",                            "R  R  R  R  A  N  R", w -> done(() -> appointments.move(w.upcoming(), upcomingVersion, upcomingForm.getStartsAt(), upcomingForm.getEndsAt()))),
        ids("Appointments.mark",                            "R  R  R  R  A  N  R", w -> done(() -> appointments.mark(w.upcoming(), upcomingVersion, AppointmentStatus.CANCELLED))),

        // security: links work by their token, for anyone; the throttle is fed by the login pages
        plain("AccountLinks.inspect",                       "A  A  A  A  A  A  A", w -> links.inspect("matrix-no-such-token")),
        plain("AccountLinks.setPassword",                   "A  A  A  A  A  A  A", w -> done(() -> links.setPassword("matrix-no-such-token", "Matrix password 1".toCharArray()))),
        // "forgot password": anyone asks, for any email, and learns nothing (rolled back: nothing counted or sent)
        plain("PasswordResets.request",                     "A  A  A  A  A  A  A", w -> done(() -> resets.request(NOBODY, "192.0.2.78"))),
        plain("Callers.current",                            "A  A  A  A  A  A  A", w -> callers.current()),
        plain("Callers.stillSignedIn",                      "A  A  A  A  A  A  A", w -> callers.stillSignedIn("matrix")),
        plain("Callers.required",                           "A  A  A  A  A  A  A", w -> callers.required()),
        plain("FirstAdmin.createFromSettingsIfNoAdmin",     "A  A  A  A  A  A  A", w -> firstAdmin.createFromSettingsIfNoAdmin()),
        plain("LoginThrottle.recordFailure",                "A  A  A  A  A  A  A", w -> done(() -> throttle.recordFailure(NOBODY))),
        plain("LoginThrottle.recordSuccess",                "A  A  A  A  A  A  A", w -> done(() -> throttle.recordSuccess(w.otherTherapistUser()))),
        plain("LoginThrottle.locked",                       "R  R  R  R  R  R  A", w -> throttle.locked()),
        plain("LoginThrottle.unlock",                       "R  R  R  R  R  R  A", w -> done(() -> throttle.unlock(w.otherTherapistUser()))),
        plain("LoginThrottle.isLocked",                     "R  R  R  R  A  A  A", w -> throttle.isLocked(w.otherTherapistUser())),
        plain("LoginThrottle.callerLocked",                 "R  A  A  A  A  A  A", w -> throttle.callerLocked()),
        plain("LoginThrottle.addressWaitSeconds",           "A  A  A  A  A  A  A", w -> throttle.addressWaitSeconds("192.0.2.77")),
        plain("LoginThrottle.recordAddressFailure",         "A  A  A  A  A  A  A", w -> done(() -> throttle.recordAddressFailure("192.0.2.77"))),
        // commits on its own: one counted failure per signed-in principal (cleared after the run)
        plain("LoginThrottle.reauthenticationFailed",       "R  A  A  A  A  A  A", w -> throttle.reauthenticationFailed(AuditAction.PASSWORD_CHECK_FAILED, "ACCOUNT", 0L, "authorization matrix")),
        plain("Reauthentication.check",                     "R  A  A  A  A  A  A", w -> reauthentication.check(password, AuditAction.PASSWORD_CHECK_FAILED, "ACCOUNT", 0L)),

        // one's own sign-in: every signed-in person, for their own account only
        plain("AccountSecurity.mySessions",                 "R  A  A  A  A  A  A", w -> accountSecurity.mySessions()),
        plain("AccountSecurity.endSession",                 "R  A  A  A  A  A  A", w -> done(() -> accountSecurity.endSession("matrix-no-such-session"))),
        plain("AccountSecurity.endOtherSessions",           "R  A  A  A  A  A  A", w -> accountSecurity.endOtherSessions()),
        // the right current password, a new one the rule refuses: allowed, and nothing changes
        plain("AccountSecurity.changePassword",             "R  A  A  A  A  A  A", w -> done(() -> accountSecurity.changePassword(password, "short".toCharArray()))),
        plain("ThisSession.getHandle",                      "A  A  A  A  A  A  A", w -> Deployed.inRequestScope(thisSession::getHandle)),
        plain("ThisSession.setHandle",                      "A  A  A  A  A  A  A", w -> Deployed.inRequestScope(() -> done(() -> thisSession.setHandle("matrix")))),

        // two-step sign-in: staff, each for their own account; an admin removes someone's app
        plain("TwoStep.status",                             "R  R  R  R  A  A  A", w -> twoStep.status()),
        plain("TwoStep.lockedNow",                          "R  R  R  R  A  A  A", w -> twoStep.lockedNow()),
        plain("TwoStep.neededAtSignIn",                     "R  R  R  R  A  A  A", w -> twoStep.neededAtSignIn()),
        plain("TwoStep.begin",                              "R  R  R  R  A  A  A", w -> twoStep.begin()),
        plain("TwoStep.confirm",                            "R  R  R  R  A  A  A", w -> twoStep.confirm("000000")),
        plain("TwoStep.verify",                             "R  R  R  R  A  A  A", w -> twoStep.verify("000000")),
        plain("TwoStep.renewRecoveryCodes",                 "R  R  R  R  A  A  A", w -> twoStep.renewRecoveryCodes("000000")),
        plain("TwoStep.turnOff",                            "R  R  R  R  A  A  A", w -> twoStep.turnOff("000000")),
        plain("TwoStep.reset",                              "R  R  R  R  R  R  A", w -> done(() -> twoStep.reset(w.otherTherapistUser()))),
plain("SessionRegistry.register",                   "A  A  A  A  A  A  A", w -> sessions.register(w.therapistUser(), "Matrix browser", "192.0.2.1", 1)),
        plain("SessionRegistry.forget",                     "A  A  A  A  A  A  A", w -> done(() -> sessions.forget("matrix"))),
        plain("SessionRegistry.endSessionsOf",              "A  A  A  A  A  A  A", w -> sessions.endSessionsOf(NOBODY)),
        plain("SessionRegistry.endSessionsBut",             "A  A  A  A  A  A  A", w -> sessions.endSessionsBut(NOBODY, "matrix")),
        plain("SessionRegistry.endSession",                 "A  A  A  A  A  A  A", w -> sessions.endSession(NOBODY, "matrix")),
        plain("SessionRegistry.sessionsOf",                 "A  A  A  A  A  A  A", w -> sessions.sessionsOf(NOBODY, "matrix")),
        plain("SessionRegistry.openSessionsOf",             "A  A  A  A  A  A  A", w -> sessions.openSessionsOf(NOBODY)),
        plain("SessionRegistry.idleLimitsOf",               "A  A  A  A  A  A  A", w -> sessions.idleLimitsOf(NOBODY)),
        plain("DatabaseReadiness.call",                     "A  A  A  A  A  A  A", w -> readiness.call()),
        plain("SessionActivity.touch",                      "A  A  A  A  A  A  A", w -> done(() -> sessionActivity.touch("matrix", 0L))),
        plain("SessionActivity.drop",                       "A  A  A  A  A  A  A", w -> done(() -> sessionActivity.drop("matrix"))),
        plain("SessionActivity.lastActive",                 "A  A  A  A  A  A  A", w -> sessionActivity.lastActive("matrix", java.time.Instant.EPOCH)),
        plain("OutgoingMail.isConfigured",                  "A  A  A  A  A  A  A", w -> mail.isConfigured()),
        plain("OutgoingMail.senderAddress",                 "A  A  A  A  A  A  A", w -> mail.senderAddress()),
        plain("OutgoingMail.sendAfterCommit(String,String,String)", "A  A  A  A  A  A  A",
                w -> mail.sendAfterCommit(NOBODY, "Matrix", "Never sent: the transaction rolls back.")),
        plain("OutgoingMail.sendAfterCommit(String,String,String,Attachment)", "A  A  A  A  A  A  A",
                w -> mail.sendAfterCommit(NOBODY, "Matrix", "Never sent: the transaction rolls back.", null)),
        // the calendar feed: a therapist's own; its address opens it for anyone who holds it (an unknown one: nothing)
        plain("CalendarFeeds.madeAt",                       "R  R  R  R  A  A  R", w -> calendarFeeds.madeAt()),
        plain("CalendarFeeds.newAddress",                   "R  R  R  R  A  A  R", w -> calendarFeeds.newAddress()),
        plain("CalendarFeeds.turnOff",                      "R  R  R  R  A  A  R", w -> done(calendarFeeds::turnOff)),
        plain("CalendarFeeds.open",                         "A  A  A  A  A  A  A", w -> calendarFeeds.open("A".repeat(43))),
        plain("CalendarFiles.feed",                         "A  A  A  A  A  A  A", w -> calendarFiles.feed("A".repeat(43))),
        plain("CalendarFiles.of",                           "A  A  A  A  A  A  A", w -> calendarFiles.of(invite))
        );
    }
}

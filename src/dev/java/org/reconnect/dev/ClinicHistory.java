package org.reconnect.dev;

import org.reconnect.assessment.control.Instrument;
import org.reconnect.assessment.control.InstrumentParser;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.shared.entity.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Makes up two years of a clinic of a given size: staff, the instruments Reconnect ships, every
 * couple's story ({@link CoupleStory}) and the day-to-day reading of the staff (sign-ins,
 * caseload pages), all with their audit events. Deterministic: the same size and day give the
 * same clinic.
 */
final class ClinicHistory {

    static final String BENCH_DOMAIN = "@bench.test";
    static final String CONSENT_FORM = "CT-2026.1";

    record Person(long userId, String email, String name) {
        /** How a signed note names its signer, as the product writes it. */
        String signer() {
            return name + " <" + email + ">";
        }
    }

    record Therapist(long id, Person person) {
    }

    record BundledInstrument(long id, Instrument definition) {
    }

    /** The numbers of people for a clinic of this many couples. */
    record Size(int couples, int therapists, int admins) {
        static Size of(int couples) {
            if (couples < 1) {
                throw new IllegalArgumentException("a clinic needs at least one couple");
            }
            return new Size(couples, Math.max(2, couples / 50), Math.max(2, couples / 1000));
        }
    }

    /** A couple's time with one therapist, for the caseload pages that list it. */
    record CaseSpan(long coupleId, String caseNumber, LocalDate from, LocalDate to) {
    }

    final ClinicRows rows;
    final ClinicAuditTrail audit = new ClinicAuditTrail();
    final Size size;
    final Instant now;
    final LocalDate today;
    final LocalDate start;
    final String passwordHash;
    final List<Person> admins = new ArrayList<>();
    final List<Therapist> therapists = new ArrayList<>();
    final List<BundledInstrument> instruments = new ArrayList<>();
    final Map<Integer, List<CaseSpan>> caseloads = new HashMap<>();
    private final Map<String, Long> nextIds = new HashMap<>();
    private final Map<Integer, Integer> caseNumbers = new TreeMap<>();

    private ClinicHistory(ClinicRows rows, Size size, Instant now, String passwordHash) {
        this.rows = rows;
        this.size = size;
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        this.start = today.minusYears(2);
        this.passwordHash = passwordHash;
    }

    /**
     * Writes the whole clinic into {@code rows} and returns where its audit chain ends.
     *
     * @param now          nothing happens after this instant
     * @param passwordHash the bcrypt hash every account gets (one password for the whole clinic)
     */
    static ClinicAuditTrail.Head generate(ClinicRows rows, int couples, Instant now, String passwordHash) {
        ClinicHistory clinic = new ClinicHistory(rows, Size.of(couples), now, passwordHash);
        clinic.loadInstruments();
        clinic.staff();
        List<CoupleStory.Plan> plans = new ArrayList<>();
        for (int i = 0; i < couples; i++) {
            plans.add(CoupleStory.Plan.draw(new Random(31L * i + 7), clinic.today));
        }
        // couples numbered in the order they came to the clinic, as case numbers are
        plans.sort(Comparator.comparing(CoupleStory.Plan::opened));
        for (int i = 0; i < couples; i++) {
            new CoupleStory(clinic, i + 1L, plans.get(i), new Random(7919L * (i + 1))).write();
        }
        clinic.caseNumberSequence();
        clinic.dailyReading();
        return clinic.audit.writeTo(rows);
    }

    long nextId(String table) {
        return nextIds.merge(table, 1L, Long::sum);
    }

    /** The next case number of the year the case opened, as {@code RC-<year>-<nnnn>}. */
    String caseNumber(LocalDate opened) {
        int number = caseNumbers.merge(opened.getYear(), 1, Integer::sum);
        return "RC-%d-%04d".formatted(opened.getYear(), number);
    }

    long partnerUserId(long coupleId, int position) {
        return size.admins() + size.therapists() + 2 * (coupleId - 1) + position;
    }

    static String partnerEmail(long coupleId, int position) {
        return "partner" + coupleId + (position == 1 ? "a" : "b") + BENCH_DOMAIN;
    }

    static LocalDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute));
    }

    static Instant instant(LocalDateTime time) {
        return time.toInstant(ZoneOffset.UTC);
    }

    boolean happened(LocalDateTime time) {
        return instant(time).isBefore(now);
    }

    Person admin(long index) {
        return admins.get((int) (index % admins.size()));
    }

    /** The bundled instruments, stored exactly as the application stores them at start-up. */
    private void loadInstruments() {
        LocalDateTime loaded = at(start.minusDays(1), 6, 0);
        for (String name : resource("bundled.list").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String text = resource(name);
            InstrumentParser.Result parsed = InstrumentParser.parse(text);
            if (!parsed.ok()) {
                throw new IllegalStateException("bundled instrument " + name + " does not parse: " + parsed.problems());
            }
            Instrument instrument = parsed.instrument();
            long id = nextId("instrument");
            rows.add("instrument", id, instrument.code(), instrument.version(), instrument.title(), text, Sha256.hex(text),
                    "BUNDLED", loaded, "reconnect");
            audit.add(instant(loaded), "reconnect", AuditAction.INSTRUMENT_ADDED, null, null, null,
                    instrument.code() + " v" + instrument.version() + " (bundled)");
            instruments.add(new BundledInstrument(id, instrument));
        }
    }

    BundledInstrument instrument(String code) {
        return instruments.stream().filter(i -> i.definition().code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no bundled instrument " + code));
    }

    private static String resource(String name) {
        try (InputStream in = ClinicHistory.class.getClassLoader().getResourceAsStream("instruments/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled instrument file " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Admins (with two-step sign-in set up) and therapists, all there from the clinic's first day. */
    private void staff() {
        LocalDateTime hired = at(start.minusDays(1), 8, 0);
        long userId = 0;
        for (int i = 1; i <= size.admins(); i++) {
            Person admin = new Person(++userId, "admin" + i + BENCH_DOMAIN, ClinicTexts.name(1000L + i));
            account(admin, hired, "reconnect", "ADMIN");
            rows.add("two_step", admin.userId(), LargeClinic.ADMIN_TOTP_SECRET, hired);
            admins.add(admin);
        }
        Random random = new Random(11);
        for (int i = 1; i <= size.therapists(); i++) {
            Person person = new Person(++userId, "therapist" + i + BENCH_DOMAIN, ClinicTexts.name(2000L + i));
            account(person, hired, admins.get(0).email(), "THERAPIST");
            long capacity = Math.round(size.couples() / (double) size.therapists() * 1.3);
            rows.add("therapist", (long) i, person.userId(), ClinicTexts.pick(ClinicTexts.CREDENTIALS, random), capacity,
                    true, hired, admins.get(0).email(), hired, admins.get(0).email());
            therapists.add(new Therapist(i, person));
        }
    }

    void account(Person person, LocalDateTime created, String by, String role) {
        rows.add("user_account", person.userId(), person.email(), person.name(), passwordHash, true, created, by, created, by);
        rows.add("user_role", person.userId(), role);
        audit.add(instant(created), by, AuditAction.ACCOUNT_CREATED, null, "ACCOUNT", person.userId(), role);
    }

    private void caseNumberSequence() {
        caseNumbers.forEach((year, last) -> rows.add("case_number_sequence", year, last));
    }

    /**
     * What the staff do every working day besides the couples' work: therapists sign in and open
     * their caseload (one audited listing naming the couples on the page), admins sign in with
     * their second step and open the caseload report.
     */
    private void dailyReading() {
        for (LocalDate day = start; !day.isAfter(today); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (int t = 0; t < therapists.size(); t++) {
                LocalDateTime login = at(day, 8, 30 + t % 25);
                if (!happened(login.plusMinutes(1))) {
                    continue;
                }
                String email = therapists.get(t).person().email();
                audit.add(instant(login), email, AuditAction.LOGIN, null, null, null, "password");
                long[] page = caseloadPage(t, day);
                if (page.length > 0) {
                    audit.addListing(instant(login.plusMinutes(1)), email, AuditAction.VIEW_CASELOAD, page,
                            page.length + " couples from 0");
                }
            }
            for (Person admin : admins) {
                LocalDateTime login = at(day, 9, (int) (admin.userId() % 20));
                if (happened(login.plusMinutes(2))) {
                    audit.add(instant(login), admin.email(), AuditAction.LOGIN, null, null, null, "password");
                    audit.add(instant(login.plusSeconds(20)), admin.email(), AuditAction.TWO_STEP_VERIFIED, null, "ACCOUNT",
                            admin.userId(), "app code");
                    audit.add(instant(login.plusMinutes(2)), admin.email(), AuditAction.VIEW_REPORT, null, null, null, "caseloads");
                }
            }
        }
    }

    /** The first page of a therapist's caseload on a day: open cases by case number, 25 at most. */
    private long[] caseloadPage(int therapist, LocalDate day) {
        return caseloads.getOrDefault(therapist, List.of()).stream()
                .filter(s -> !s.from().isAfter(day) && (s.to() == null || s.to().isAfter(day)))
                .sorted(Comparator.comparing(CaseSpan::caseNumber))
                .limit(25)
                .mapToLong(CaseSpan::coupleId)
                .toArray();
    }

    void onCaseload(int therapist, CaseSpan span) {
        caseloads.computeIfAbsent(therapist, k -> new ArrayList<>()).add(span);
    }
}

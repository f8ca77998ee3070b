package org.reconnect.dev;

import org.reconnect.audit.entity.AuditAction;
import org.reconnect.homework.control.CoupleCalendar;
import org.reconnect.homework.entity.BidKind;
import org.reconnect.homework.entity.Cadence;
import org.reconnect.homework.entity.HomeworkType;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * A couple's homework: for each step, the homework the program suggests for it (as
 * {@code sql/V3__program.sql} lists it), and the partners' entries, more or fewer as each
 * partner keeps it up. Each entry is audited as logged, and each evening a partner logs
 * something they signed in first.
 */
final class CoupleHomework {

    /** The homework each step suggests, as the program's reference data lists it. */
    private static final Map<Integer, List<HomeworkType>> SUGGESTED = Map.of(
            1, List.of(HomeworkType.I_STATEMENT_PRACTICE, HomeworkType.SELF_CARE_JOURNAL),
            2, List.of(HomeworkType.DAILY_TALK, HomeworkType.I_STATEMENT_PRACTICE),
            3, List.of(HomeworkType.EMOTIONAL_NEEDS_EXERCISE, HomeworkType.DAILY_TALK),
            4, List.of(HomeworkType.MICRO_MOMENT_LOG),
            5, List.of(HomeworkType.EMOTIONAL_DATE, HomeworkType.DAILY_TALK),
            6, List.of(HomeworkType.KINDNESS_PRACTICE),
            7, List.of(HomeworkType.CURIOSITY_QUESTIONS, HomeworkType.EMOTIONAL_DATE),
            8, List.of(HomeworkType.SELF_CARE_JOURNAL),
            9, List.of(HomeworkType.I_STATEMENT_PRACTICE));
    private static final List<String> BIDS_BY = List.of("ME", "PARTNER");

    private final CoupleStory couple;
    private final Random random;
    private final double[] keepsUp = new double[2];
    private final NavigableMap<LocalDate, List<Long>> entriesByDay = new TreeMap<>();
    private final Set<String> signedIn = new java.util.HashSet<>();

    CoupleHomework(CoupleStory couple) {
        this.couple = couple;
        this.random = couple.random;
        keepsUp[0] = 0.15 + random.nextDouble() * 0.4;
        keepsUp[1] = 0.15 + random.nextDouble() * 0.4;
    }

    void write() {
        LocalDate until = couple.plan.workUntil(couple.clinic.today);
        for (CoupleStory.StepSpan span : couple.steps) {
            List<HomeworkType> types = SUGGESTED.get(span.step());
            LocalDate ends = span.to() != null ? span.to() : couple.plan.end();
            assign(types.get(0), span, ends, until);
            if (types.size() > 1 && random.nextBoolean()) {
                assign(types.get(1), span, ends, until);
            }
        }
    }

    /** The ids of the entries logged on each day, for the session notes that review them. */
    NavigableMap<LocalDate, List<Long>> entriesByDay() {
        return entriesByDay;
    }

    private void assign(HomeworkType type, CoupleStory.StepSpan span, LocalDate ends, LocalDate until) {
        long assignmentId = couple.clinic.nextId("homework_assignment");
        // the journal is private to one partner; the rest is joint homework
        Integer only = type.isAlwaysPrivate() ? 1 + random.nextInt(2) : null;
        String by = couple.therapist.person().email();
        LocalDateTime created = ClinicHistory.at(span.from(), 11, 0);
        String title = title(type);
        LocalDate endsOn = ends == null ? null : ends.minusDays(1).isBefore(span.from()) ? span.from() : ends.minusDays(1);
        couple.clinic.rows.add("homework_assignment", assignmentId, couple.id,
                only == null ? null : 2 * (couple.id - 1) + only, type.name(), title,
                "Between sessions: " + title.toLowerCase(Locale.ROOT) + ".", type.getUsualCadence().name(), type.getUsualTarget(),
                span.from(), endsOn, type.getUsualVisibility().name(), ends == null ? "ACTIVE" : "COMPLETED", span.step(),
                created, by, created, by);
        couple.event(created, by, AuditAction.HOMEWORK_ASSIGNED, "HOMEWORK", assignmentId, "type " + type);
        LocalDate last = ends == null || ends.isAfter(until) ? until : ends;
        for (int p = 1; p <= 2; p++) {
            if (only == null || only == p) {
                entries(assignmentId, type, p, span.from(), last);
            }
        }
    }

    /** One partner's entries from {@code from} up to, not including, {@code until}. */
    private void entries(long assignmentId, HomeworkType type, int position, LocalDate from, LocalDate until) {
        double chance = keepsUp[position - 1];
        Cadence cadence = type.getUsualCadence();
        if (cadence == Cadence.ONCE) {
            if (random.nextDouble() < 0.85) {
                LocalDate day = from.plusDays(random.nextInt(7));
                if (day.isBefore(until)) {
                    entry(assignmentId, type, position, day);
                }
            }
            return;
        }
        for (LocalDate day = from; day.isBefore(until); day = day.plusDays(1)) {
            // a weekly homework of target n: about n entries a week, on any of its days
            double today = cadence == Cadence.DAILY ? chance : Math.min(1, chance * type.getUsualTarget() / 7.0 * 1.5);
            if (random.nextDouble() < today) {
                entry(assignmentId, type, position, day);
            }
        }
    }

    private void entry(long assignmentId, HomeworkType type, int position, LocalDate day) {
        LocalDateTime logged = day.atTime(19 + random.nextInt(4), random.nextInt(60));
        if (!couple.clinic.happened(logged)) {
            return;
        }
        ClinicHistory.Person author = couple.partners[position - 1];
        long entryId = couple.clinic.nextId("homework_entry");
        double level = couple.level(day);
        LocalDateTime occurred = null;
        String bidBy = null;
        String bidKind = null;
        String response = null;
        Integer minutes = null;
        Boolean phonesOff = null;
        String prompts = null;
        String prompt = null;
        String text = null;
        switch (type) {
            case MICRO_MOMENT_LOG -> {
                occurred = day.atTime(8 + random.nextInt(11), random.nextInt(60));
                bidBy = ClinicTexts.pick(BIDS_BY, random);
                bidKind = BidKind.values()[random.nextInt(BidKind.values().length)].name();
                double r = random.nextDouble();
                response = r < level ? "TURNED_TOWARD" : r < level + (1 - level) * 0.7 ? "TURNED_AWAY" : "TURNED_AGAINST";
            }
            case EMOTIONAL_DATE -> {
                minutes = 30 + 5 * random.nextInt(7);
                phonesOff = random.nextDouble() < 0.85;
                prompts = ClinicTexts.prompt(random);
            }
            case DAILY_TALK -> {
                minutes = 10 + random.nextInt(11);
                prompt = ClinicTexts.prompt(random);
            }
            default -> text = ClinicTexts.written(random);
        }
        Integer rating = type.isRated() ? (int) Math.max(1, Math.min(10, Math.round(1 + level * 9 + random.nextGaussian()))) : null;
        couple.clinic.rows.add("homework_entry", entryId, assignmentId, couple.id, 2 * (couple.id - 1) + position, type.name(),
                day, CoupleCalendar.periodKey(type.getUsualCadence(), day), occurred, bidBy, bidKind, response, minutes,
                phonesOff, prompts, prompt, rating, text, logged, author.email(), logged, author.email());
        entriesByDay.computeIfAbsent(day, d -> new ArrayList<>()).add(entryId);
        if (signedIn.add(position + ":" + day)) {
            couple.clinic.audit.add(ClinicHistory.instant(logged.minusMinutes(1)), author.email(), AuditAction.LOGIN, null, null,
                    null, "password");
        }
        couple.event(logged, author.email(), AuditAction.ENTRY_LOGGED, "ENTRY", entryId, "type " + type);
        if (random.nextDouble() < 0.04 && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
            feedback(entryId, day);
        }
    }

    private void feedback(long entryId, LocalDate day) {
        LocalDateTime at = ClinicHistory.at(day.plusDays(1), 12, 30);
        if (!couple.clinic.happened(at)) {
            return;
        }
        boolean shown = random.nextDouble() < 0.7;
        long feedbackId = couple.clinic.nextId("homework_feedback");
        String by = couple.therapist.person().email();
        couple.clinic.rows.add("homework_feedback", feedbackId, entryId,
                shown ? "Lovely: you both noticed this one. Keep it up." : "Raise at the next session.", shown, at, by);
        couple.event(at, by, AuditAction.FEEDBACK_GIVEN, "ENTRY", entryId, shown ? "shown to the couple" : "private note");
    }

    private static String title(HomeworkType type) {
        String words = type.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package org.reconnect.dev;

import org.reconnect.audit.entity.AuditAction;
import org.reconnect.couple.entity.CaseStatus;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One couple's way through the clinic: referral and intake, consent and screening, the steps of
 * the program with their homework ({@link CoupleHomework}), weekly sessions with signed notes
 * ({@link CoupleSessions}) and questionnaires ({@link CoupleAssessments}), each with the audit
 * events the application writes for it.
 */
final class CoupleStory {

    /** Where the case stands today and when it got there; drawn before ids are given out. */
    record Plan(CaseStatus status, LocalDate opened, LocalDate activeFrom, LocalDate end, boolean hasTherapist,
                double trend) {

        static Plan draw(Random random, LocalDate today) {
            double r = random.nextDouble();
            double trend = random.nextDouble() < 0.7 ? 0.004 + random.nextDouble() * 0.01 : -0.006 * random.nextDouble();
            if (r < 0.03) {
                return new Plan(CaseStatus.REFERRED, today.minusDays(random.nextInt(10)), null, null, false, trend);
            }
            if (r < 0.07) {
                return new Plan(CaseStatus.INTAKE, today.minusDays(random.nextInt(14)), null, null, random.nextDouble() < 0.7,
                        trend);
            }
            if (r < 0.77) {
                LocalDate opened = today.minusDays(21 + random.nextInt(600));
                return new Plan(CaseStatus.ACTIVE, opened, opened.plusDays(7), null, true, trend);
            }
            if (r < 0.85) {
                LocalDate opened = today.minusDays(90 + random.nextInt(560));
                LocalDate active = opened.plusDays(7);
                long room = java.time.temporal.ChronoUnit.DAYS.between(active.plusDays(28), today.minusDays(7));
                return new Plan(CaseStatus.PAUSED, opened, active, active.plusDays(28 + random.nextInt((int) room)), true, trend);
            }
            LocalDate opened = today.minusDays(120 + random.nextInt(600));
            LocalDate active = opened.plusDays(7);
            long room = Math.min(300, java.time.temporal.ChronoUnit.DAYS.between(active.plusDays(56), today.minusDays(3)));
            return new Plan(CaseStatus.DISCHARGED, opened, active, active.plusDays(56 + random.nextInt((int) room)), true,
                    Math.abs(trend));
        }

        /** The last day of active work, exclusive: today for an active case. */
        LocalDate workUntil(LocalDate today) {
            return end != null ? end : today.plusDays(1);
        }
    }

    /** A step of the program from one day until the next step (null: still on it). */
    record StepSpan(int step, LocalDate from, LocalDate to) {
    }

    final ClinicHistory clinic;
    final long id;
    final Plan plan;
    final Random random;
    final String caseNumber;
    final ClinicHistory.Therapist therapist;
    final int therapistIndex;
    final ClinicHistory.Person[] partners = new ClinicHistory.Person[2];
    final List<StepSpan> steps = new ArrayList<>();

    CoupleStory(ClinicHistory clinic, long id, Plan plan, Random random) {
        this.clinic = clinic;
        this.id = id;
        this.plan = plan;
        this.random = random;
        this.caseNumber = clinic.caseNumber(plan.opened());
        this.therapistIndex = (int) (id % clinic.therapists.size());
        this.therapist = plan.hasTherapist() ? clinic.therapists.get(therapistIndex) : null;
        for (int p = 1; p <= 2; p++) {
            partners[p - 1] = new ClinicHistory.Person(clinic.partnerUserId(id, p), ClinicHistory.partnerEmail(id, p),
                    ClinicTexts.name(id * 2 + p));
        }
    }

    void write() {
        ClinicHistory.Person admin = clinic.admin(id);
        LocalDateTime opened = ClinicHistory.at(plan.opened(), 9, 0);
        for (ClinicHistory.Person partner : partners) {
            clinic.account(partner, opened, admin.email(), "CLIENT");
        }
        event(opened, admin.email(), AuditAction.CASE_OPENED, "COUPLE", id, "opened at intake");
        if (plan.activeFrom() != null) {
            drawSteps();
        }
        boolean concerns = plan.activeFrom() != null && random.nextDouble() < 0.04;
        coupleRow(concerns);
        partnerRows(concerns);
        history();
        if (plan.activeFrom() != null) {
            stepRows();
            CoupleHomework homework = new CoupleHomework(this);
            homework.write();
            new CoupleAssessments(this).write();
            new CoupleSessions(this, homework.entriesByDay()).write();
        }
        if (therapist != null) {
            clinic.onCaseload(therapistIndex, new ClinicHistory.CaseSpan(id, caseNumber, plan.opened(),
                    plan.status() == CaseStatus.DISCHARGED ? plan.end() : null));
        }
    }

    /** The program's steps from the start of active work: a few weeks each, now and then one back. */
    private void drawSteps() {
        LocalDate until = plan.workUntil(clinic.today);
        LocalDate from = plan.activeFrom();
        int step = 1;
        while (true) {
            LocalDate next = from.plusWeeks(3 + random.nextInt(6));
            if (!next.isBefore(until) || step == 9) {
                steps.add(new StepSpan(step, from, null));
                return;
            }
            steps.add(new StepSpan(step, from, next));
            step = step > 1 && random.nextDouble() < 0.07 ? step - 1 : step + 1;
            from = next;
        }
    }

    int currentStep() {
        return steps.get(steps.size() - 1).step();
    }

    int stepOn(LocalDate day) {
        for (StepSpan span : steps) {
            if (!day.isBefore(span.from()) && (span.to() == null || day.isBefore(span.to()))) {
                return span.step();
            }
        }
        return steps.isEmpty() ? 1 : steps.get(0).step();
    }

    /** How well things go on a day, from 0 to 1: the couple's trend since active work began. */
    double level(LocalDate day) {
        long days = plan.activeFrom() == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(plan.activeFrom(), day);
        double base = 0.3 + (id % 7) * 0.03;
        return Math.max(0.05, Math.min(0.95, base + plan.trend() * days / 7.0 * 2 + (random.nextDouble() - 0.5) * 0.15));
    }

    private void coupleRow(boolean concerns) {
        LocalDateTime created = ClinicHistory.at(plan.opened(), 9, 0);
        String by = clinic.admin(id).email();
        LocalDate since = plan.end() != null ? plan.end() : plan.activeFrom() != null ? plan.activeFrom() : plan.opened();
        String decision = concerns ? "Both agree to joint sessions with a safety plan. Revisit at every session." : null;
        clinic.rows.add("couple", id, caseNumber, plan.status().name(), therapist == null ? null : therapist.id(),
                plan.opened(), ClinicTexts.pick(ClinicTexts.REFERRALS, random), ClinicTexts.pick(ClinicTexts.REASONS, random),
                random.nextDouble() < 0.2 ? "LIMITED_SECRETS" : "NO_SECRETS", since,
                plan.status() == CaseStatus.DISCHARGED ? "READ_ONLY" : null, decision,
                concerns ? therapist.person().name() : null, concerns ? plan.opened().plusDays(5) : null,
                steps.isEmpty() ? null : currentStep(), created, by, created, by);
        if (concerns) {
            event(ClinicHistory.at(plan.opened().plusDays(5), 16, 0), therapist.person().email(), AuditAction.JOINT_WORK_DECISION,
                    "COUPLE", id, "recorded");
        }
    }

    private void partnerRows(boolean concerns) {
        boolean screened = plan.activeFrom() != null;
        LocalDate screenedOn = plan.opened().plusDays(3);
        for (int p = 1; p <= 2; p++) {
            ClinicHistory.Person person = partners[p - 1];
            boolean flagged = concerns && p == 2;
            LocalDateTime created = ClinicHistory.at(plan.opened(), 9, 0);
            String by = clinic.admin(id).email();
            boolean consented = plan.status() != CaseStatus.REFERRED;
            clinic.rows.add("partner", 2 * (id - 1) + p, id, person.userId(), p, person.name(), null, "Europe/London",
                    consented ? plan.opened() : null, consented ? ClinicHistory.CONSENT_FORM : null,
                    consented ? plan.opened() : null,
                    screened ? (flagged ? "CONCERNS" : "CLEARED") : "NOT_SCREENED", screened ? screenedOn : null,
                    screened ? therapist.person().name() : null,
                    flagged ? "Reports being shouted at during arguments; no physical harm reported." : null,
                    created, by, created, by);
            event(created.plusHours(3), by, AuditAction.INVITATION_SENT, "PARTNER", 2 * (id - 1) + p, "portal invitation");
            event(ClinicHistory.at(plan.opened().plusDays(1), 19, 30), person.email(), AuditAction.PASSWORD_SET, null, null,
                    "portal invitation");
            if (screened) {
                event(ClinicHistory.at(screenedOn, 15, p), therapist.person().email(), AuditAction.SCREENING_RECORDED,
                        "PARTNER", 2 * (id - 1) + p, flagged ? "CONCERNS" : "CLEARED");
            }
        }
    }

    /** The case's status changes and its assignment to a therapist. */
    private void history() {
        String admin = clinic.admin(id).email();
        status(null, CaseStatus.REFERRED, "Case opened at intake", ClinicHistory.at(plan.opened(), 9, 0), admin);
        if (plan.status() == CaseStatus.REFERRED) {
            return;
        }
        status(CaseStatus.REFERRED, CaseStatus.INTAKE, "Intake started", ClinicHistory.at(plan.opened(), 10, 0), admin);
        if (therapist != null) {
            LocalDateTime assigned = ClinicHistory.at(plan.opened(), 11, 0);
            clinic.rows.add("therapist_assignment", clinic.nextId("therapist_assignment"), id, null, therapist.id(),
                    "Matched at intake", false, assigned, admin);
            event(assigned, admin, AuditAction.THERAPIST_ASSIGNED, "COUPLE", id, "to therapist " + therapist.id());
        }
        if (plan.activeFrom() == null) {
            return;
        }
        status(CaseStatus.INTAKE, CaseStatus.ACTIVE, "Both partners consented; first joint session booked",
                ClinicHistory.at(plan.activeFrom(), 9, 0), admin);
        if (plan.status() == CaseStatus.PAUSED) {
            status(CaseStatus.ACTIVE, CaseStatus.PAUSED, "Family emergency; they will be back in touch",
                    ClinicHistory.at(plan.end(), 17, 0), therapist.person().email());
        } else if (plan.status() == CaseStatus.DISCHARGED) {
            status(CaseStatus.ACTIVE, CaseStatus.DISCHARGED, "Program completed; they feel close again",
                    ClinicHistory.at(plan.end(), 17, 0), therapist.person().email());
        }
    }

    private void status(CaseStatus from, CaseStatus to, String reason, LocalDateTime at, String by) {
        clinic.rows.add("case_status_change", clinic.nextId("case_status_change"), id, 1, from == null ? null : from.name(),
                to.name(), reason, at, by);
        if (from != null) {
            event(at, by, AuditAction.CASE_STATUS_CHANGED, "COUPLE", id, from + " -> " + to);
        }
    }

    private void stepRows() {
        String by = therapist.person().email();
        for (StepSpan span : steps) {
            clinic.rows.add("couple_step", clinic.nextId("couple_step"), id, span.step(), span.from(), span.to(),
                    span.to() == null ? null : "Ready for the next step.", by);
            event(ClinicHistory.at(span.from(), 10, 0), by, AuditAction.PROGRAM_STEP_CHANGED, "COUPLE", id, "step " + span.step());
        }
    }

    /** An audit event about this couple, if it has happened by now. */
    void event(LocalDateTime at, String actor, AuditAction action, String targetType, Long targetId, String detail) {
        if (clinic.happened(at)) {
            clinic.audit.add(ClinicHistory.instant(at), actor, action, id, targetType, targetId, detail);
        }
    }
}

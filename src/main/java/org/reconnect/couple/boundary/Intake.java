package org.reconnect.couple.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.clinic.entity.Capacity;
import org.reconnect.clinic.entity.Therapist;
import org.reconnect.couple.entity.CaseNumberSequence;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.CaseStatusChange;
import org.reconnect.couple.entity.Couple;
import org.reconnect.couple.entity.Partner;
import org.reconnect.couple.entity.TherapistAssignment;
import org.reconnect.security.boundary.Callers;
import org.reconnect.security.boundary.LinkDelivery;
import org.reconnect.security.boundary.SetupLinks;
import org.reconnect.security.entity.EmailAddress;
import org.reconnect.security.entity.LinkPurpose;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Submissions;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * Intake of a new couple: one case, both partners, each with their own portal login and
 * invitation. Admins do intake for the clinic; a therapist may do it for a couple of their own.
 * The form is checked again here, whatever the page did; nothing is saved unless all of it is
 * valid.
 */
@Stateless
public class Intake {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Submissions submissions;

    @Inject
    CoupleCaseloads caseloads;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    SetupLinks setupLinks;

    @Inject
    Validator validator;

    @Inject
    Clock clock;

    /**
     * Opens the case. Admins, and therapists (who may assign it to themselves at once).
     * Refused with field messages for an invalid form, an email that is already in use at the
     * clinic (whatever its case) or the same email for both partners. Audited as
     * {@code CASE_OPENED}; the invitations are sent after commit, with links on the clinic's
     * published address.
     */
    @RolesAllowed({Role.ADMIN_NAME, Role.THERAPIST_NAME})
    public IntakeResult open(IntakeForm form) {
        Caller caller = callers.current().orElseThrow(() -> new Refusal("caller.unknown"));
        // the form sent again (a retry after an unconfirmed commit, a double tap) gets the case it opened
        Optional<Long> earlier = submissions.claim(caller.userId(), form.getSubmissionKey(), Submissions.Kind.INTAKE,
                form.content());
        if (earlier.isPresent()) {
            Couple opened = em.find(Couple.class, earlier.get());
            if (opened == null) {
                throw new Refusal("submission.retry");
            }
            return IntakeResult.openedBefore(opened.getId(), opened.getCaseNumber());
        }
        InvalidInput.throwIfAny(validator.validate(form));
        checkBeyondTheConstraints(form, caller);

        LocalDate today = LocalDate.now(clock);
        Instant now = Instant.now(clock);
        Couple couple = new Couple(nextCaseNumber(today.getYear()), today);
        couple.describe(form.getReferralSource(), form.getReason(), form.getSecretsPolicy());
        em.persist(couple);
        List<Partner> partners = new ArrayList<>();
        for (PartnerForm p : List.of(form.getPartner1(), form.getPartner2())) {
            UserAccount account = new UserAccount(p.getEmail(), p.getFullName(), EnumSet.of(Role.CLIENT));
            em.persist(account);
            Partner partner = new Partner(couple, account, p.getPosition(), p.getFullName(), p.getPreferredName());
            partner.describe(p.getPronouns(), p.getPhone(), ZoneId.of(p.getTimeZone()));
            if (p.isConsentGiven()) {
                partner.recordConsent(p.getConsentOn(), p.getConsentFormVersion());
            }
            if (p.isSecretsAcknowledged()) {
                partner.acknowledgeSecretsPolicy(today);
            }
            em.persist(partner);
            partners.add(partner);
        }
        em.persist(new CaseStatusChange(couple, null, CaseStatus.REFERRED, Texts.get("history.opened"), now, caller.email()));
        if (form.getInitialStatus() == CaseStatus.INTAKE) {
            couple.moveTo(CaseStatus.INTAKE, Texts.get("history.intake"), today);
            em.persist(new CaseStatusChange(couple, CaseStatus.REFERRED, CaseStatus.INTAKE, Texts.get("history.intake"),
                    now, caller.email()));
        }
        // a therapist who is not also an admin does intake only for a couple of their own
        boolean assignToMe = form.isAssignToMe() || !caller.is(Role.ADMIN);
        if (assignToMe) {
            Therapist me = em.createNamedQuery(Therapist.OF_ACCOUNT, Therapist.class)
                    .setParameter("account", caller.userId())
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getSingleResult();
            long open = caseloads.openCouplesOf(me);
            boolean overCapacity = Capacity.needsConfirmation(open, me.getMaxCaseload(), me.isAcceptingNew());
            if (overCapacity && !form.isConfirmOverCapacity()) {
                throw new InvalidInput(List.of(new InvalidInput.Problem("confirmOverCapacity",
                        Texts.get("intake.capacity", open, me.getMaxCaseload()))));
            }
            couple.assignTo(me);
            em.persist(new TherapistAssignment(couple, null, me, Texts.get("history.ownIntake"), overCapacity, now,
                    caller.email()));
        }
        try {
            em.flush();
        } catch (PersistenceException failed) {
            // most likely another intake took one of the emails between our check and now
            List<InvalidInput.Problem> taken = new ArrayList<>();
            for (PartnerForm p : List.of(form.getPartner1(), form.getPartner2())) {
                if (emailInUseElsewhere(EmailAddress.normalize(p.getEmail()))) {
                    taken.add(new InvalidInput.Problem("partner" + p.getPosition() + ".email", Texts.get("intake.email.taken")));
                }
            }
            if (taken.isEmpty()) {
                throw new Refusal("save.failed");
            }
            throw new InvalidInput(taken);
        }
        submissions.made(caller.userId(), form.getSubmissionKey(), couple.getId());
        List<LinkDelivery> invitations = new ArrayList<>();
        for (Partner partner : partners) {
            invitations.add(setupLinks.send(partner.getAccount(), partner.getCallName(), LinkPurpose.PORTAL_INVITATION));
        }
        audit.record(AuditAction.CASE_OPENED, AuditOutcome.SUCCESS, couple.getId(), Cases.COUPLE, couple.getId(),
                couple.getCaseNumber() + (assignToMe ? ", own intake" : ""));
        return new IntakeResult(couple.getId(), couple.getCaseNumber(), invitations);
    }

    private void checkBeyondTheConstraints(IntakeForm form, Caller caller) {
        List<InvalidInput.Problem> problems = new ArrayList<>();
        List<String> emails = new ArrayList<>();
        for (PartnerForm p : List.of(form.getPartner1(), form.getPartner2())) {
            String field = "partner" + p.getPosition() + ".";
            String email = p.getEmail() == null ? "" : p.getEmail().strip();
            if (!EmailAddress.isValid(email)) {
                problems.add(new InvalidInput.Problem(field + "email", Texts.get("intake.email.invalid")));
            } else if (!email.chars().allMatch(c -> c < 128)) {
                problems.add(new InvalidInput.Problem(field + "email", Texts.get("intake.email.ascii")));
            } else {
                String normalized = EmailAddress.normalize(email);
                if (emails.contains(normalized)) {
                    problems.add(new InvalidInput.Problem(field + "email", Texts.get("intake.email.same")));
                } else if (emailInUse(normalized)) {
                    problems.add(new InvalidInput.Problem(field + "email", Texts.get("intake.email.taken")));
                }
                emails.add(normalized);
            }
            try {
                ZoneId.of(p.getTimeZone());
            } catch (DateTimeException | NullPointerException e) {
                problems.add(new InvalidInput.Problem(field + "timeZone", Texts.get("intake.timeZone.invalid")));
            }
            if (p.isConsentGiven() && (p.getConsentOn() == null || p.getConsentFormVersion() == null
                    || p.getConsentFormVersion().isBlank())) {
                problems.add(new InvalidInput.Problem(field + "consentOn", Texts.get("intake.consent.incomplete")));
            }
        }
        if (form.getInitialStatus() != CaseStatus.REFERRED && form.getInitialStatus() != CaseStatus.INTAKE) {
            problems.add(new InvalidInput.Problem("initialStatus", Texts.get("intake.status.invalid")));
        }
        if (form.isAssignToMe() && !caller.is(Role.THERAPIST)) {
            problems.add(new InvalidInput.Problem("assignToMe", Texts.get("intake.assignToMe.notTherapist")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    private boolean emailInUse(String normalized) {
        return em.createQuery("select count(u) from UserAccount u where lower(u.email) = :email", Long.class)
                .setParameter("email", normalized.toLowerCase(Locale.ROOT))
                .getSingleResult() > 0;
    }

    /**
     * RC-<year>-<n>: the year's counter, locked. A year's first intake creates the counter after
     * the year's highest number; two first intakes at once both "create" it without a clash
     * (the second insert changes nothing), then take their turn at the lock.
     */
    private String nextCaseNumber(int year) {
        em.createNativeQuery("""
                        INSERT INTO case_number_sequence (year, last_number)
                        SELECT ?1, COALESCE(MAX(CAST(SUBSTRING(case_number, 9) AS UNSIGNED)), 0) FROM couple
                        WHERE case_number LIKE ?2
                        ON DUPLICATE KEY UPDATE last_number = last_number""")
                .setParameter(1, year)
                .setParameter(2, "RC-" + year + "-%")
                .executeUpdate();
        return em.find(CaseNumberSequence.class, year, LockModeType.PESSIMISTIC_WRITE).next();
    }

    /** An account with this email exists that is not one this intake is creating. */
    private boolean emailInUseElsewhere(String normalized) {
        // no auto-flush: the failed inserts must not be tried again by this question
        return em.createNativeQuery("SELECT COUNT(*) FROM user_account WHERE email = ?1")
                .setParameter(1, normalized)
                .setFlushMode(FlushModeType.COMMIT)
                .getSingleResult() instanceof Number n && n.longValue() > 0;
    }
}

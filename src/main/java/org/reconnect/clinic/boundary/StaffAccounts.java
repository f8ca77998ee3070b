package org.reconnect.clinic.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Validator;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.clinic.entity.Therapist;
import org.reconnect.security.boundary.Callers;
import org.reconnect.security.boundary.LinkDelivery;
import org.reconnect.security.boundary.SessionRegistry;
import org.reconnect.security.boundary.SetupLinks;
import org.reconnect.security.entity.EmailAddress;
import org.reconnect.security.entity.LinkPurpose;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.PageRequest;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.boundary.Texts;
import org.reconnect.shared.control.Like;
import org.reconnect.shared.entity.Caller;
import org.reconnect.shared.entity.Role;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Staff accounts, for admins: create (with a one-time set-password link), edit, deactivate and
 * reactivate, never delete. Every role change is audited as a privilege change and ends the
 * person's open sessions, so the new roles count at once; so does deactivation. The clinic can
 * never lock itself out: nobody removes their own admin role or deactivates themselves, and the
 * last admin stays.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class StaffAccounts {

    private static final Set<Role> STAFF = EnumSet.of(Role.ADMIN, Role.THERAPIST);

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    Caseloads caseloads;

    @Inject
    Callers callers;

    @Inject
    AuditTrail audit;

    @Inject
    SetupLinks setupLinks;

    @Inject
    SessionRegistry sessions;

    @Inject
    Validator validator;

    /** How many staff accounts (ADMIN or THERAPIST) match the filters. Not audited. */
    public long count(Map<String, String> filters) {
        StaffList list = list(filters);
        TypedQuery<Long> count = em.createQuery("select count(u) from UserAccount u" + list.where(), Long.class);
        list.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /**
     * One page of staff. Filters: {@code search} (name or email), {@code enabled}
     * ("true"/"false"). A fixed number of statements per page. Not audited: no couple's data.
     */
    public List<StaffRow> rows(PageRequest request) {
        StaffList list = list(request.filters());
        String order = "email".equals(request.sortField()) ? "u.email" : "u.displayName";
        TypedQuery<UserAccount> rows = em.createQuery("select u from UserAccount u" + list.where() + " order by " + order
                + (request.ascending() ? " asc" : " desc") + ", u.id", UserAccount.class);
        list.parameters().forEach(rows::setParameter);
        List<UserAccount> accounts = rows.setFirstResult(request.first()).setMaxResults(request.size()).getResultList();
        Map<Long, Therapist> profiles = accounts.isEmpty() ? Map.of() : em.createQuery(
                        "select t from Therapist t where t.account in :accounts", Therapist.class)
                .setParameter("accounts", accounts)
                .getResultStream()
                .collect(Collectors.toMap(t -> t.getAccount().getId(), Function.identity()));
        java.util.Set<Long> twoStep = accounts.isEmpty() ? java.util.Set.of() : ((List<?>) em.createNativeQuery(
                        "SELECT user_id FROM two_step WHERE confirmed_at IS NOT NULL AND user_id IN (:ids)")
                .setParameter("ids", accounts.stream().map(UserAccount::getId).toList())
                .getResultList()).stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet());
        return accounts.stream().map(a -> StaffRow.of(a, profiles.get(a.getId()), twoStep.contains(a.getId()))).toList();
    }

    private record StaffList(String where, Map<String, Object> parameters) {
    }

    private static StaffList list(Map<String, String> filters) {
        PageRequest asked = new PageRequest(0, 1, null, true, filters);
        StringBuilder where = new StringBuilder(
                " where exists (select r from UserAccount s join s.roles r where s = u and r in :staff)");
        Map<String, Object> parameters = new HashMap<>(Map.of("staff", STAFF));
        String search = asked.filter("search");
        if (search != null) {
            where.append(" and (lower(u.displayName) like :search " + Like.ESCAPE + " or lower(u.email) like :search "
                    + Like.ESCAPE + ")");
            parameters.put("search", Like.containing(search));
        }
        String enabled = asked.filter("enabled");
        if ("true".equals(enabled) || "false".equals(enabled)) {
            where.append(" and u.enabled = :enabled");
            parameters.put("enabled", Boolean.valueOf(enabled));
        }
        return new StaffList(where.toString(), parameters);
    }

    /** The form for editing one staff member; empty for an id that is not staff. Not audited. */
    public java.util.Optional<StaffForm> edit(long userId) {
        UserAccount account = em.find(UserAccount.class, userId);
        if (account == null || account.getRoles().stream().noneMatch(STAFF::contains)) {
            return java.util.Optional.empty();
        }
        StaffForm form = new StaffForm();
        form.setId(account.getId());
        form.setVersion(account.getVersion());
        form.setDisplayName(account.getDisplayName());
        form.setEmail(account.getEmail());
        form.setAdmin(account.hasRole(Role.ADMIN));
        form.setTherapist(account.hasRole(Role.THERAPIST));
        profileOf(account).ifPresent(t -> {
            form.setCredentials(t.getCredentials());
            form.setMaxCaseload(t.getMaxCaseload());
            form.setAcceptingNew(t.isAcceptingNew());
        });
        return java.util.Optional.of(form);
    }

    /**
     * Creates a staff account and sends its one-time set-password link. Refused with field
     * messages for an invalid form, no role, or an email already in use at the clinic. Audited
     * as {@code ACCOUNT_CREATED} and {@code PRIVILEGE_CHANGE}.
     */
    public LinkDelivery create(StaffForm form) {
        InvalidInput.throwIfAny(validator.validate(form));
        Set<Role> roles = rolesOf(form);
        String email = checkedEmail(form.getEmail());
        if (emailInUse(email, null)) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("email", Texts.get("intake.email.taken"))));
        }
        UserAccount account = new UserAccount(email, form.getDisplayName(), roles);
        em.persist(account);
        if (roles.contains(Role.THERAPIST)) {
            Therapist profile = new Therapist(account, form.getCredentials(), form.getMaxCaseload());
            profile.setAcceptingNew(form.isAcceptingNew());
            em.persist(profile);
        }
        try {
            em.flush();
        } catch (PersistenceException raced) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("email", Texts.get("intake.email.taken"))));
        }
        audit.record(AuditAction.ACCOUNT_CREATED, AuditOutcome.SUCCESS, null, "ACCOUNT", account.getId(), email);
        audit.record(AuditAction.PRIVILEGE_CHANGE, AuditOutcome.SUCCESS, null, "ACCOUNT", account.getId(),
                "roles [] -> " + names(roles));
        return setupLinks.send(account, account.getDisplayName(), LinkPurpose.STAFF_SETUP);
    }

    /**
     * Saves a staff member's name, roles and therapist profile. Refused when someone else saved
     * the account since the form was opened (its version), for an invalid form, for removing
     * one's own admin role, the last admin, or the therapist role of someone who still has open
     * couples. A role change is audited as {@code PRIVILEGE_CHANGE} and ends their sessions.
     */
    public void update(StaffForm form) {
        InvalidInput.throwIfAny(validator.validate(form));
        UserAccount account = em.find(UserAccount.class, form.getId() == null ? -1L : form.getId());
        if (account == null || account.getRoles().stream().noneMatch(STAFF::contains)) {
            throw new Refusal("staff.notFound");
        }
        if (account.getVersion() != form.getVersion()) {
            throw new Refusal("edit.conflict");
        }
        Set<Role> before = EnumSet.copyOf(account.getRoles());
        Set<Role> after = rolesOf(form);
        Caller me = callers.current().orElseThrow(() -> new Refusal("staff.notFound"));
        if (before.contains(Role.ADMIN) && !after.contains(Role.ADMIN)) {
            if (me.userId() == account.getId()) {
                throw Refusal.onField("admin", "staff.ownAdminRole");
            }
            requireAnotherAdmin(account);
        }
        if (before.contains(Role.THERAPIST) && !after.contains(Role.THERAPIST) && openCouplesOf(account) > 0) {
            throw Refusal.onField("therapist", "staff.therapistHasCouples", openCouplesOf(account));
        }
        account.rename(form.getDisplayName());
        account.replaceStaffRoles(after);
        if (after.contains(Role.THERAPIST)) {
            Therapist profile = profileOf(account).orElseGet(() -> {
                Therapist created = new Therapist(account, form.getCredentials(), form.getMaxCaseload());
                em.persist(created);
                return created;
            });
            profile.updateProfile(form.getCredentials(), form.getMaxCaseload(), form.isAcceptingNew());
        }
        audit.record(AuditAction.ACCOUNT_CHANGED, AuditOutcome.SUCCESS, null, "ACCOUNT", account.getId(), null);
        if (!before.equals(after)) {
            audit.record(AuditAction.PRIVILEGE_CHANGE, AuditOutcome.SUCCESS, null, "ACCOUNT", account.getId(),
                    "roles " + names(before) + " -> " + names(after));
            sessions.endSessionsOf(account.getEmail());
        }
    }

    /**
     * Deactivates a staff account: they cannot log in, and their open sessions end at once.
     * Never for oneself or the last admin. Their couples stay assigned until an admin reassigns
     * them. Audited as {@code ACCOUNT_DEACTIVATED}.
     *
     * @return how many open couples now need another therapist
     */
    public long deactivate(long userId) {
        UserAccount account = staffAccount(userId);
        Caller me = callers.current().orElseThrow(() -> new Refusal("staff.notFound"));
        if (me.userId() == account.getId()) {
            throw new Refusal("staff.deactivateSelf");
        }
        if (account.hasRole(Role.ADMIN)) {
            requireAnotherAdmin(account);
        }
        account.disable();
        int ended = sessions.endSessionsOf(account.getEmail());
        audit.record(AuditAction.ACCOUNT_DEACTIVATED, AuditOutcome.SUCCESS, null, "ACCOUNT", account.getId(),
                ended + " open sessions to end");
        return openCouplesOf(account);
    }

    /** Lets a deactivated staff member log in again. Audited as {@code ACCOUNT_REACTIVATED}. */
    public void reactivate(long userId) {
        UserAccount account = staffAccount(userId);
        account.enable();
        audit.record(AuditAction.ACCOUNT_REACTIVATED, AuditOutcome.SUCCESS, null, "ACCOUNT", account.getId(), null);
    }

    /** Sends a new set-password link (the older one stops working). Audited as {@code SETUP_LINK_SENT}. */
    public LinkDelivery sendSetupLink(long userId) {
        UserAccount account = staffAccount(userId);
        if (!account.isEnabled()) {
            throw new Refusal("staff.disabled");
        }
        audit.record(AuditAction.SETUP_LINK_SENT, AuditOutcome.SUCCESS, null, "ACCOUNT", account.getId(), null);
        return setupLinks.send(account, account.getDisplayName(), LinkPurpose.STAFF_SETUP);
    }

    private UserAccount staffAccount(long userId) {
        UserAccount account = em.find(UserAccount.class, userId);
        if (account == null || account.getRoles().stream().noneMatch(STAFF::contains)) {
            throw new Refusal("staff.notFound");
        }
        return account;
    }

    private void requireAnotherAdmin(UserAccount leaving) {
        long others = em.createQuery("""
                        select count(u) from UserAccount u join u.roles r
                        where r = :admin and u.enabled = true and u <> :leaving""", Long.class)
                .setParameter("admin", Role.ADMIN)
                .setParameter("leaving", leaving)
                .getSingleResult();
        if (others == 0) {
            throw new Refusal("staff.lastAdmin");
        }
    }

    private long openCouplesOf(UserAccount account) {
        return caseloads.openCouplesOf(account.getId());
    }

    private java.util.Optional<Therapist> profileOf(UserAccount account) {
        return em.createQuery("select t from Therapist t where t.account = :account", Therapist.class)
                .setParameter("account", account)
                .getResultStream()
                .findFirst();
    }

    private static Set<Role> rolesOf(StaffForm form) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (form.isAdmin()) {
            roles.add(Role.ADMIN);
        }
        if (form.isTherapist()) {
            roles.add(Role.THERAPIST);
        }
        if (roles.isEmpty()) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("admin", Texts.get("staff.roleRequired"))));
        }
        return roles;
    }

    private String checkedEmail(String email) {
        if (!EmailAddress.isValid(email) || !email.chars().allMatch(c -> c < 128)) {
            throw new InvalidInput(List.of(new InvalidInput.Problem("email", Texts.get("intake.email.invalid"))));
        }
        return EmailAddress.normalize(email);
    }

    private boolean emailInUse(String email, Long except) {
        return em.createQuery("select count(u) from UserAccount u where lower(u.email) = :email and u.id <> :except",
                        Long.class)
                .setParameter("email", email)
                .setParameter("except", except == null ? -1L : except)
                .getSingleResult() > 0;
    }

    private static String names(Set<Role> roles) {
        return new TreeSet<>(roles.stream().map(Role::name).toList()).toString();
    }
}

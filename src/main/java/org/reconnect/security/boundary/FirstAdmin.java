package org.reconnect.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.audit.boundary.AuditTrail;
import org.reconnect.audit.entity.AuditAction;
import org.reconnect.audit.entity.AuditOutcome;
import org.reconnect.security.control.PasswordHashing;
import org.reconnect.security.control.PasswordRule;
import org.reconnect.security.entity.EmailAddress;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.entity.Role;

import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A new clinic's first login. A production database starts without accounts; when the server is
 * given {@code reconnect.admin.email} and {@code reconnect.admin.password} (or
 * {@code RECONNECT_ADMIN_EMAIL} / {@code RECONNECT_ADMIN_PASSWORD}) and no enabled admin exists,
 * that admin is created at start-up. Once an admin exists the settings are ignored, so they can
 * be removed after the first start.
 */
@Stateless
@PermitAll
public class FirstAdmin {

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /**
     * Creates the configured admin when there is none. Called once at start-up; takes no
     * arguments, so no caller can choose the account. Audited as {@code ACCOUNT_CREATED}.
     *
     * @return whether an account was created
     */
    public boolean createFromSettingsIfNoAdmin() {
        Optional<String> email = Settings.value("reconnect.admin.email");
        Optional<String> password = Settings.value("reconnect.admin.password");
        if (email.isEmpty() || password.isEmpty()) {
            return false;
        }
        long admins = em.createQuery("""
                        select count(u) from UserAccount u join u.roles r
                        where r = :admin and u.enabled = true""", Long.class)
                .setParameter("admin", Role.ADMIN)
                .getSingleResult();
        if (admins > 0) {
            return false;
        }
        if (!EmailAddress.isValid(email.get())) {
            LOG.warning("reconnect.admin.email is not an email address; no first admin created");
            return false;
        }
        Optional<String> problem = PasswordRule.problem(password.get().toCharArray(), email.get());
        if (problem.isPresent()) {
            LOG.warning(() -> "reconnect.admin.password breaks the password rule (" + problem.get()
                    + ": at least " + PasswordRule.MIN_LENGTH + " characters, not containing the email's name);"
                    + " no first admin created");
            return false;
        }
        UserAccount admin = new UserAccount(email.get(), "Clinic admin", EnumSet.of(Role.ADMIN));
        admin.replacePasswordHash(PasswordHashing.hash(password.get().toCharArray()));
        em.persist(admin);
        audit.recordFor("system", AuditAction.ACCOUNT_CREATED, AuditOutcome.SUCCESS, "first admin " + admin.getEmail());
        LOG.info(() -> "Created the first admin account " + admin.getEmail());
        return true;
    }
}

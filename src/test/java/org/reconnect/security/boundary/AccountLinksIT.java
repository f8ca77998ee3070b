package org.reconnect.security.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.clinic.boundary.StaffAccounts;
import org.reconnect.clinic.boundary.StaffForm;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Inbox;
import org.reconnect.testsupport.container.RunAs;

import javax.naming.InitialContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-time set-password links: good once, for 24 hours, and only the newest. */
@ExtendWith(ArquillianExtension.class)
class AccountLinksIT {

    private static final String GOOD_PASSWORD = "a-long-enough-password-7";

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(AccountLinksIT.class);
    }

    private static AccountLinks links() {
        return Deployed.boundary(AccountLinks.class);
    }

    /** A new therapist without a password, and the link the mail brought them. */
    private static String newStaffLink(String email) throws Exception {
        StaffForm form = new StaffForm();
        form.setDisplayName("Link Tester");
        form.setEmail(email);
        form.setTherapist(true);
        form.setMaxCaseload(5);
        RunAs.user("admin@demo.test", () -> Deployed.boundary(StaffAccounts.class).create(form));
        return Inbox.newestToken(email, 1);
    }

    /** The admin sends a new link; returns the token from the second mail. */
    private static String resendTo(String email) throws Exception {
        long userId = Deployed.number("SELECT id FROM user_account WHERE email = ?", email);
        RunAs.user("admin@demo.test", () -> Deployed.boundary(StaffAccounts.class).sendSetupLink(userId));
        return Inbox.newestToken(email, 2);
    }

    @Test
    void linkSetsThePasswordOnceAndOnlyOnce() throws Exception {
        String email = Fixtures.uniqueEmail("once");
        String token = newStaffLink(email);

        assertTrue(links().inspect(token).isPresent());
        links().setPassword(token, GOOD_PASSWORD.toCharArray());

        assertTrue(links().inspect(token).isEmpty(), "a used link is no longer offered");
        Refusal second = assertThrows(Refusal.class, () -> links().setPassword(token, "another-long-password-8".toCharArray()));
        assertEquals("link.unusable", second.getKey());
        assertEquals(email, RunAs.identity(email, GOOD_PASSWORD).getPrincipal().getName(), "the first password stands");
    }

    @Test
    void sendingANewLinkInvalidatesTheOldOne() throws Exception {
        String email = Fixtures.uniqueEmail("resend");
        String old = newStaffLink(email);
        String fresh = resendTo(email);

        assertTrue(links().inspect(old).isEmpty());
        assertEquals("link.unusable", assertThrows(Refusal.class,
                () -> links().setPassword(old, GOOD_PASSWORD.toCharArray())).getKey());
        links().setPassword(fresh, GOOD_PASSWORD.toCharArray());
    }

    @Test
    void expiredLinkChangesNothing() throws Exception {
        String email = Fixtures.uniqueEmail("expired");
        String token = newStaffLink(email);
        try (Connection connection = Deployed.dataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement("""
                     UPDATE account_link l JOIN user_account u ON u.id = l.user_id
                     SET l.expires_at = NOW(6) - INTERVAL 1 MINUTE WHERE u.email = ?""")) {
            statement.setString(1, email);
            statement.executeUpdate();
        }

        assertTrue(links().inspect(token).isEmpty());
        assertThrows(Refusal.class, () -> links().setPassword(token, GOOD_PASSWORD.toCharArray()));
        assertEquals(0, Deployed.number("SELECT COUNT(*) FROM user_account WHERE email = ? AND password_hash IS NOT NULL", email));
    }

    @Test
    void noLinkForAnAccountThatHasAPassword() throws Exception {
        String email = Fixtures.uniqueEmail("taken");
        links().setPassword(newStaffLink(email), GOOD_PASSWORD.toCharArray());
        long userId = Deployed.number("SELECT id FROM user_account WHERE email = ?", email);

        Refusal refused = assertThrows(Refusal.class, () -> RunAs.user("admin@demo.test",
                () -> Deployed.boundary(StaffAccounts.class).sendSetupLink(userId)));

        assertEquals("link.passwordAlreadySet", refused.getKey());
        assertEquals(email, RunAs.identity(email, GOOD_PASSWORD).getPrincipal().getName(), "the password stands");
    }

    @Test
    void theMailCarriesTheLinkToTheSetPasswordPage() throws Exception {
        String email = Fixtures.uniqueEmail("mailed");
        newStaffLink(email);

        String text = Inbox.newestText(email);

        // the clinic's published address (the test server's is http://localhost:<its port>), whatever host was asked
        assertTrue(text.contains(System.getProperty("reconnect.base.url") + "/account/set-password.xhtml?token="), text);
        assertTrue(text.contains("works once, for 24 hours"), text);
    }

    @Test
    void unknownOrMalformedTokenIsRefusedTheSameWay() {
        assertTrue(links().inspect("x".repeat(43)).isEmpty());
        assertTrue(links().inspect("<script>").isEmpty());
        assertTrue(links().inspect(null).isEmpty());
        assertEquals("link.unusable", assertThrows(Refusal.class,
                () -> links().setPassword("y".repeat(43), GOOD_PASSWORD.toCharArray())).getKey());
    }

    @Test
    void weakPasswordIsRefusedAndTheLinkStaysUsable() throws Exception {
        String email = Fixtures.uniqueEmail("weak");
        String token = newStaffLink(email);

        Refusal tooShort = assertThrows(Refusal.class, () -> links().setPassword(token, "short".toCharArray()));
        Refusal containsName = assertThrows(Refusal.class,
                () -> links().setPassword(token, (email.substring(0, email.indexOf('@')) + "-and-more").toCharArray()));

        assertEquals("password.tooShort", tooShort.getKey());
        assertEquals("password.containsEmail", containsName.getKey());
        assertTrue(links().inspect(token).isPresent());
    }

    @Test
    void resetLinksAskedForAtTheSameMomentAreAllMailed() throws Exception {
        String email = Fixtures.admin(Fixtures.uniqueEmail("reset-race"));
        int before = Inbox.count(email);
        ExecutorService pool = (ExecutorService) new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
        int rounds = 4;
        for (int round = 0; round < rounds; round++) {
            // two answers to "forgot password" for one account, as PasswordResets runs them, at the same moment
            CyclicBarrier together = new CyclicBarrier(2);
            List<Future<?>> both = new ArrayList<>();
            for (int n = 0; n < 2; n++) {
                both.add(pool.submit(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    Deployed.bean(ResetLinks.class).send(email, "127.0.0.1");
                    return null;
                }));
            }
            for (Future<?> one : both) {
                one.get(30, TimeUnit.SECONDS);
            }
        }
        Inbox.awaitCount(email, before + 2 * rounds);
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM account_link l JOIN user_account a ON a.id = l.user_id"
                + " WHERE a.email = ? AND l.used_at IS NULL AND l.revoked_at IS NULL", email), "the newest link alone works");
    }
}

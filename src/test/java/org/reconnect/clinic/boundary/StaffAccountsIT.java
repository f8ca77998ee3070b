package org.reconnect.clinic.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.security.boundary.AccountLinks;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Http;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.Inbox;
import org.reconnect.testsupport.container.RunAs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Staff accounts: created with a link, never deleted, deactivation is immediate, roles audited. */
@ExtendWith(ArquillianExtension.class)
class StaffAccountsIT {

    private static final String PASSWORD = "therapist-password-42";

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(StaffAccountsIT.class);
    }

    private static StaffAccounts staff() {
        return Deployed.boundary(StaffAccounts.class);
    }

    /** A therapist who has set their password. */
    private static long activeTherapist(String email) throws Exception {
        StaffForm form = new StaffForm();
        form.setDisplayName("Staff Tester");
        form.setEmail(email);
        form.setTherapist(true);
        form.setMaxCaseload(10);
        RunAs.user("admin@demo.test", () -> staff().create(form));
        String token = Inbox.newestToken(email);
        Deployed.boundary(AccountLinks.class).setPassword(token, PASSWORD.toCharArray());
        return Deployed.number("SELECT id FROM user_account WHERE email = ?", email);
    }

    /**
     * The session has ended: the next request gets the login form, or (when the server ends the
     * session at that request, as any server of a cluster may) a redirect to the login page.
     */
    private static boolean signedOut(HttpResponse<String> page) {
        return page.body().contains("j_security_check")
                || page.statusCode() == 302 && page.headers().firstValue("Location").orElse("").contains("/login.xhtml");
    }

    @Test
    void deactivatedUserCannotLogInAndLosesTheirOpenSession() throws Exception {
        String email = Fixtures.uniqueEmail("leaver");
        long id = activeTherapist(email);
        Http browser = new Http();
        assertTrue(browser.logIn(email, PASSWORD));
        assertEquals(200, browser.get("/therapist/").statusCode());

        RunAs.user("admin@demo.test", () -> staff().deactivate(id));

        assertTrue(signedOut(browser.get("/therapist/")), "the open session has ended: the login form is back");
        assertFalse(new Http().logIn(email, PASSWORD), "and the account cannot log in again");
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM user_account WHERE id = ? AND enabled = FALSE", id),
                "the account is kept, never deleted");
    }

    @Test
    void deactivationCatchesALoginThatHasNotMadeItsFirstRequestYet() throws Exception {
        String email = Fixtures.uniqueEmail("quick");
        long id = activeTherapist(email);
        Http browser = new Http();
        assertTrue(browser.logIn(email, PASSWORD));

        RunAs.user("admin@demo.test", () -> staff().deactivate(id));

        assertTrue(signedOut(browser.get("/therapist/")), "sent back to the login page");
        assertTrue(signedOut(browser.get("/therapist/")), "and stays signed out");
    }

    @Test
    void reactivatedUserCanLogInAgain() throws Exception {
        String email = Fixtures.uniqueEmail("returner");
        long id = activeTherapist(email);
        RunAs.user("admin@demo.test", () -> staff().deactivate(id));

        RunAs.user("admin@demo.test", () -> staff().reactivate(id));

        assertTrue(new Http().logIn(email, PASSWORD));
    }

    @Test
    void roleChangeIsAuditedAsAPrivilegeChangeAndEndsSessions() throws Exception {
        String email = Fixtures.uniqueEmail("promoted");
        long id = activeTherapist(email);
        Http browser = new Http();
        assertTrue(browser.logIn(email, PASSWORD));
        assertEquals(200, browser.get("/therapist/").statusCode());
        StaffForm form = RunAs.user("admin@demo.test", () -> staff().edit(id)).orElseThrow();
        form.setAdmin(true);

        RunAs.user("admin@demo.test", () -> {
            staff().update(form);
            return null;
        });

        assertEquals(1, Deployed.number("""
                SELECT COUNT(*) FROM audit_event WHERE action = 'PRIVILEGE_CHANGE' AND target_id = ?
                AND detail = 'roles [THERAPIST] -> [ADMIN, THERAPIST]' AND actor = 'admin@demo.test'""", Long.toString(id)));
        assertTrue(signedOut(browser.get("/therapist/")), "the session with the old roles has ended");
        Http again = new Http();
        assertTrue(again.logIn(email, PASSWORD));
        HttpResponse<String> admin = again.get("/admin/");
        assertEquals(302, admin.statusCode(), "the new role counts at the next login: an admin needs two-step sign-in");
        assertTrue(admin.headers().firstValue("Location").orElse("").endsWith("/account/two-step.xhtml"));
        assertTrue(again.get("/account/two-step.xhtml").body().contains("scan this code"), "and sets it up first");
    }

    @Test
    void searchFindsWhatWasTypedLiterallyEvenPercentUnderscoreAndBackslash() throws Exception {
        String marker = Long.toString(System.nanoTime(), 36);
        String email = Fixtures.therapist(Fixtures.uniqueEmail("search"));
        Deployed.update("UPDATE user_account SET display_name = ? WHERE email = ?", "Back\\slash 100% O_Brien " + marker, email);

        for (String typed : java.util.List.of("back\\slash", "100%", "O_B", "100% o_brien " + marker)) {
            java.util.List<StaffRow> found = RunAs.user("admin@demo.test", () -> staff().rows(
                    new org.reconnect.shared.boundary.PageRequest(0, 100, null, true, java.util.Map.of("search", typed))));
            assertTrue(found.stream().anyMatch(r -> r.email().equals(email)), typed);
        }
        long wildcards = RunAs.user("admin@demo.test", () -> staff().count(java.util.Map.of("search", "_")));
        long all = RunAs.user("admin@demo.test", () -> staff().count(java.util.Map.of()));
        assertTrue(wildcards < all, "an underscore is a character, not any character: " + wildcards + " of " + all);
    }

    @Test
    void staleEditIsRefused() throws Exception {
        String email = Fixtures.uniqueEmail("edited");
        long id = activeTherapist(email);
        StaffForm first = RunAs.user("admin@demo.test", () -> staff().edit(id)).orElseThrow();
        StaffForm second = RunAs.user("admin@demo.test", () -> staff().edit(id)).orElseThrow();
        first.setDisplayName("First Editor");
        second.setDisplayName("Second Editor");
        RunAs.user("admin@demo.test", () -> {
            staff().update(first);
            return null;
        });

        Refusal conflict = assertThrows(Refusal.class, () -> RunAs.user("admin@demo.test", () -> {
            staff().update(second);
            return null;
        }));

        assertEquals("edit.conflict", conflict.getKey());
        assertEquals(1, Deployed.number("SELECT COUNT(*) FROM user_account WHERE id = ? AND display_name = 'First Editor'", id));
    }

    @Test
    void adminCannotDeactivateThemselves() throws Exception {
        long admin = Deployed.number("SELECT id FROM user_account WHERE email = 'admin@demo.test'");

        Refusal refused = assertThrows(Refusal.class, () -> RunAs.user("admin@demo.test", () -> staff().deactivate(admin)));

        assertEquals("staff.deactivateSelf", refused.getKey());
    }

    @Test
    void staffEmailIsUniqueWhateverItsCase() {
        StaffForm form = new StaffForm();
        form.setDisplayName("Duplicate");
        form.setEmail("MAYA@demo.test");
        form.setTherapist(true);

        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> RunAs.user("admin@demo.test", () -> staff().create(form)));

        assertEquals("email", refused.getProblems().get(0).field());
    }
}

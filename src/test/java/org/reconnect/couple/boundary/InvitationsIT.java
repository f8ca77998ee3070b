package org.reconnect.couple.boundary;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reconnect.couple.entity.CaseStatus;
import org.reconnect.couple.entity.PortalAfterClose;
import org.reconnect.security.boundary.AccountLinks;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.testsupport.container.Deployed;
import org.reconnect.testsupport.container.Fixtures;
import org.reconnect.testsupport.container.Inbox;
import org.reconnect.testsupport.container.InContainer;
import org.reconnect.testsupport.container.RunAs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Portal invitations through the mail: one-time, only the newest works, only for one's own couples. */
@ExtendWith(ArquillianExtension.class)
class InvitationsIT {

    private static final String PASSWORD = "our-portal-password-3";

    @Deployment
    static WebArchive deployment() {
        return InContainer.archiveFor(InvitationsIT.class);
    }

    private static Invitations invitations() {
        return Deployed.boundary(Invitations.class);
    }

    private static long firstPartner(long couple) throws Exception {
        return Deployed.number("SELECT id FROM partner WHERE couple_id = ? AND position = 1", couple);
    }

    private static void send(String as, long partner) throws Exception {
        RunAs.user(as, () -> invitations().send(partner));
    }

    @Test
    void intakeMailsEachPartnerALinkThatSetsTheirPassword() throws Exception {
        IntakeForm form = Fixtures.intakeForm();
        Fixtures.openCase("admin@demo.test", form);
        String email = form.getPartner2().getEmail();

        Deployed.boundary(AccountLinks.class).setPassword(Inbox.newestToken(email), PASSWORD.toCharArray());

        assertEquals(email, RunAs.identity(email, PASSWORD).getPrincipal().getName());
        assertTrue(Inbox.newestText(email).contains("invited you to Reconnect"));
    }

    @Test
    void resendingInvalidatesTheOldLink() throws Exception {
        IntakeForm form = Fixtures.intakeForm();
        long couple = Fixtures.openCase("maya@demo.test", form).coupleId();
        String email = form.getPartner1().getEmail();
        String first = Inbox.newestToken(email, 1);

        send("maya@demo.test", firstPartner(couple));
        String second = Inbox.newestToken(email, 2);

        AccountLinks links = Deployed.boundary(AccountLinks.class);
        assertTrue(links.inspect(first).isEmpty(), "the first link no longer works");
        assertEquals("link.unusable", assertThrows(Refusal.class, () -> links.setPassword(first, PASSWORD.toCharArray())).getKey());
        links.setPassword(second, PASSWORD.toCharArray());
    }

    @Test
    void noInvitationOnceThePartnerHasAPassword() throws Exception {
        IntakeForm form = Fixtures.intakeForm();
        long couple = Fixtures.openCase("admin@demo.test", form).coupleId();
        Deployed.boundary(AccountLinks.class).setPassword(Inbox.newestToken(form.getPartner1().getEmail()),
                PASSWORD.toCharArray());

        Refusal refused = assertThrows(Refusal.class, () -> send("admin@demo.test", firstPartner(couple)));

        assertEquals("link.passwordAlreadySet", refused.getKey());
    }

    @Test
    void anotherTherapistsPartnerBehavesLikeAMissingOne() throws Exception {
        long couple = Fixtures.openCase("omar@demo.test").coupleId();
        long partner = firstPartner(couple);

        Refusal foreign = assertThrows(Refusal.class, () -> send("maya@demo.test", partner));
        Refusal missing = assertThrows(Refusal.class, () -> send("maya@demo.test", 987_654_321L));

        assertEquals("case.notFound", foreign.getKey());
        assertEquals(missing.getKey(), foreign.getKey());
    }

    @Test
    void dischargedCaseSendsNoInvitation() throws Exception {
        long couple = Fixtures.openCase("admin@demo.test").coupleId();
        RunAs.user("admin@demo.test", () -> {
            Deployed.boundary(CaseStatusChanges.class).change(couple, null, CaseStatus.DISCHARGED, "did not start",
                    PortalAfterClose.READ_ONLY);
            return null;
        });

        assertEquals("case.readOnly", assertThrows(Refusal.class, () -> send("admin@demo.test", firstPartner(couple))).getKey());
    }
}

package org.reconnect.security.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.reconnect.security.entity.LinkPurpose;
import org.reconnect.security.entity.UserAccount;
import org.reconnect.shared.boundary.OutgoingMail;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.boundary.Texts;

import java.util.logging.Logger;

/**
 * Issues a set-password link and sends it by mail after commit. Used by the boundaries that
 * have already checked who may invite whom; it checks nothing itself, so it is not a boundary.
 */
@Dependent
public class SetupLinks {

    private static final Logger LOG = Logger.getLogger(SetupLinks.class.getName());

    @Inject
    AccountLinks links;

    @Inject
    OutgoingMail mail;

    public LinkDelivery send(UserAccount account, String name, LinkPurpose purpose, String requestBase) {
        String url = AccountLinks.url(requestBase, links.issue(account, purpose));
        String kind = purpose == LinkPurpose.PORTAL_INVITATION ? "invitation" : "staffSetup";
        boolean sent = mail.sendAfterCommit(account.getEmail(), Texts.get("mail." + kind + ".subject"),
                Texts.get("mail." + kind + ".body", name, url));
        if (!sent && Settings.demoMode()) {
            LOG.info(() -> "Demo mode without mail: set-password link for " + account.getEmail() + ": " + url);
            return new LinkDelivery(name, account.getEmail(), false, url);
        }
        return new LinkDelivery(name, account.getEmail(), sent, null);
    }
}

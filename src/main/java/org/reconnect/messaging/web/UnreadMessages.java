package org.reconnect.messaging.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.messaging.boundary.MessageInbox;

/**
 * What the signed-in partner has not read in their conversations, for the portal's menu: asked
 * once per request, and only when the menu shows it.
 */
@Named
@RequestScoped
public class UnreadMessages {

    @Inject
    MessageInbox messageInbox;

    private Long count;

    public long getCount() {
        if (count == null) {
            count = messageInbox.unreadMine();
        }
        return count;
    }
}

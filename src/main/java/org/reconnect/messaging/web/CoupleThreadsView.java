package org.reconnect.messaging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.messaging.boundary.Conversations;
import org.reconnect.messaging.boundary.ThreadSummary;
import org.reconnect.shared.web.CasePage;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * The conversations card on the admin's couple page: that the couple's three conversations exist
 * and how many messages each holds; never what they say or when (Conversations gives an admin
 * the counts only).
 */
@Named
@ViewScoped
public class CoupleThreadsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Conversations conversations;

    @Inject
    CasePage casePage;

    private List<ThreadSummary> threads;

    public List<ThreadSummary> getThreads() {
        if (threads == null && casePage.getCoupleId() != null) {
            threads = casePage.read(conversations::forCouple, List.of());
        }
        return threads == null ? List.of() : threads;
    }

    /** How a conversation is named on a staff page. */
    public String name(ThreadSummary t) {
        return t.joint() ? Messages.text("message.thread.joint") : Messages.text("message.thread.own", t.partnerName());
    }
}

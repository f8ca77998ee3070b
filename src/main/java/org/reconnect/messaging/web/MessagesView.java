package org.reconnect.messaging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.messaging.boundary.Conversations;
import org.reconnect.messaging.boundary.MessageRow;
import org.reconnect.messaging.boundary.ThreadDetails;
import org.reconnect.messaging.boundary.ThreadSummary;
import org.reconnect.messaging.control.MessageText;
import org.reconnect.shared.web.Messages;
import org.reconnect.shared.web.Requests;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * Backs /portal/messages (a partner: the joint thread and their own) and /therapist/messages?couple=
 * (the treating therapist: all three of the couple's threads): the threads with what is unread,
 * one thread's messages, and writing one. A thread or couple the caller may not see is a page that
 * does not exist (404).
 */
@Named
@ViewScoped
public class MessagesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Conversations conversations;

    @Inject
    ClinicSettings settings;

    private String officeHours;

    private String coupleParameter;
    private String threadParameter;
    private Long coupleId;
    private List<ThreadSummary> threads;
    private ThreadDetails thread;
    /** The message of the caller's that they asked to withdraw, while the page asks them to confirm. */
    private Long withdrawing;
    /** The state of the threads as the page shows them; the poll reloads only when it changed. */
    private Conversations.Pulse pulse;
    private String body;
    /** Sending twice with one key sends once (a double tap, a retry); a new one after each message sent. */
    private String sendKey = newKey();

    /** The view action of /portal/messages: the calling partner's threads. */
    public void load() {
        coupleId = null;
        threads = conversations.mine();
        show();
    }

    /** The view action of /therapist/messages?couple=: that couple's threads, for its therapist. */
    public void loadForCouple() {
        coupleId = Requests.id(coupleParameter);
        if (coupleId == null) {
            Requests.notFound();
            return;
        }
        threads = conversations.forCouple(coupleId);
        show();
    }

    /**
     * The thread asked for, or the first. The boundary decides whether the caller may read it (and
     * audits a refusal, which answers 404); one of another couple than the page's is not this page's.
     */
    private void show() {
        Long wanted = Requests.id(threadParameter);
        if (threadParameter != null && wanted == null) {
            Requests.notFound();
            return;
        }
        long id = wanted == null ? threads.get(0).id() : wanted;
        pulse = conversations.pulse(id);
        thread = conversations.open(id);
        if (threads.stream().noneMatch(t -> t.id() == thread.id())) {
            thread = null;
            Requests.notFound();
        }
    }

    /** Sends the message written, and puts the thread, with it, in view. */
    public void send() {
        conversations.send(thread.id(), body, sendKey);
        body = null;
        sendKey = newKey();
        reload();
        List<MessageRow> shown = thread.messages();
        if (!shown.isEmpty()) {
            // the message just sent is the result: in view, with the focus (it takes it, tabindex -1)
            PrimeFaces.current().executeScript("var m = document.getElementById('message-" + shown.get(shown.size() - 1).id()
                    + "'); if (m) { m.focus(); }");
        }
        // the draft kept in this tab (message-draft in reconnect.js) is sent: it goes
        PrimeFaces.current().executeScript("Reconnect.dropDraft('" + draftKey() + "');");
        Messages.info("message.sent");
    }

    /** Asks to confirm withdrawing one's own message (the confirm button takes the focus). */
    public void askWithdraw(long messageId) {
        withdrawing = messageId;
        PrimeFaces.current().executeScript("var b = document.querySelector('[data-confirm-withdraw]'); if (b) { b.focus(); }");
    }

    /** Keeps the message after all. */
    public void keep() {
        focusMessage(withdrawing);
        withdrawing = null;
    }

    /** Withdraws one's own message: the thread shows that it was; the record keeps its text. */
    public void withdraw(long messageId, long version) {
        withdrawing = null;
        conversations.withdraw(messageId, version);
        reload();
        focusMessage(messageId);
        Messages.info("message.withdrawDone");
    }

    private static void focusMessage(Long messageId) {
        if (messageId != null) {
            PrimeFaces.current().executeScript("var m = document.getElementById('message-" + messageId + "'); if (m) { m.focus(); }");
        }
    }

    public Long getWithdrawing() {
        return withdrawing;
    }

    /**
     * The page's poll (a background request, which does not keep the session alive): when anything
     * changed in the threads (a message, a withdrawal, someone reading, the thread closing), shows
     * them again and says how many new messages came; otherwise does nothing, and opens nothing.
     * What is being written is left alone unless the thread can no longer take it.
     */
    public void poll() {
        if (thread == null || conversations.pulse(thread.id()).equals(pulse)) {
            return;
        }
        boolean couldWrite = thread.canWrite();
        long lastShown = thread.messages().isEmpty() ? 0 : thread.messages().get(thread.messages().size() - 1).id();
        threads = coupleId == null ? conversations.mine() : conversations.forCouple(coupleId);
        pulse = conversations.pulse(thread.id());
        // the poll is not the person: what it shows is not marked read (no "Seen by", the e-mail still goes)
        thread = conversations.look(thread.id());
        long arrived = thread.messages().stream().filter(m -> m.id() > lastShown && !m.mine()).count();
        if (withdrawing != null) {
            return; // the person is answering the withdraw question: the thread is shown again once they have
        }
        PrimeFaces.current().ajax().update("threadTabs", "thread");
        if (couldWrite != thread.canWrite()) {
            PrimeFaces.current().ajax().update("compose");
        }
        if (arrived > 0) {
            PrimeFaces.current().executeScript("Reconnect.announce('threadNews', '"
                    + Messages.text("message.arrived", arrived).replace("\\", "").replace("'", "\\'") + "');");
        }
    }

    private void reload() {
        threads = coupleId == null ? conversations.mine() : conversations.forCouple(coupleId);
        pulse = conversations.pulse(thread.id());
        thread = conversations.open(thread.id());
    }

    /** Where this tab keeps the thread's unsent draft (sessionStorage; the sign-in page clears it). */
    public String draftKey() {
        return thread == null ? "" : "reconnect-draft-" + thread.id();
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** How a thread is named to the person looking. */
    public String threadName(ThreadSummary t) {
        if (t.joint()) {
            return Messages.text(coupleId == null ? "message.thread.jointForPartner" : "message.thread.joint");
        }
        return coupleId == null ? Messages.text("message.thread.ownForPartner") : Messages.text("message.thread.own", t.partnerName());
    }

    /** When the clinic reads messages (a clinic setting), shown by the box to write in. */
    public String getOfficeHours() {
        if (officeHours == null) {
            officeHours = settings.officeHours();
        }
        return officeHours;
    }

    /** Whether the caller has written in this thread (then the policy on secrets is a short line, not the whole text). */
    public boolean isWritten() {
        return thread != null && (thread.olderHidden() > 0 || thread.messages().stream().anyMatch(MessageRow::mine));
    }

    public int getMaxLength() {
        return MessageText.MAX_LENGTH;
    }

    public boolean isTherapist() {
        return coupleId != null;
    }

    public Long getCoupleId() {
        return coupleId;
    }

    public List<ThreadSummary> getThreads() {
        return threads;
    }

    public ThreadDetails getThread() {
        return thread;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getCoupleParameter() {
        return coupleParameter;
    }

    public void setCoupleParameter(String coupleParameter) {
        this.coupleParameter = coupleParameter;
    }

    public String getThreadParameter() {
        return threadParameter;
    }

    public void setThreadParameter(String threadParameter) {
        this.threadParameter = threadParameter;
    }
}

package org.reconnect.messaging.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.messaging.boundary.MessageInbox;
import org.reconnect.messaging.boundary.InboxRow;
import org.reconnect.messaging.boundary.MessageHit;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Backs /therapist/inbox: the conversations of every couple the therapist treats, unread ones
 * first, narrowed to one couple if chosen; and a search in what the messages say. The list of
 * couples to choose from is the couples the inbox first showed.
 */
@Named
@ViewScoped
public class InboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MessageInbox messageInbox;

    private Long couple;
    private String words;
    private List<InboxRow> rows;
    private List<MessageHit> hits;
    private String searched;
    /** Couple id to case number: the couples the unnarrowed inbox showed. */
    private Map<Long, String> couples;

    /** The view action: the whole inbox. */
    public void load() {
        rows = messageInbox.inbox(null);
        couples = new LinkedHashMap<>();
        rows.stream().sorted(java.util.Comparator.comparing(InboxRow::caseNumber))
                .forEach(r -> couples.putIfAbsent(r.coupleId(), r.caseNumber()));
    }

    /** Shows the conversations of the couple chosen (all when none). */
    public void show() {
        rows = messageInbox.inbox(couple);
        hits = null;
        searched = null;
    }

    /** Finds the messages holding the words typed, of the couple chosen (all when none). */
    public void find() {
        hits = messageInbox.search(words, couple);
        searched = words.strip();
        if (hits.isEmpty()) {
            Messages.info("inbox.noHits");
        }
    }

    /** How a conversation is named in the inbox. */
    public String name(boolean joint, String partnerName) {
        return joint ? Messages.text("message.thread.joint") : Messages.text("message.thread.own", partnerName);
    }

    public boolean isMoreHits() {
        return hits != null && hits.size() >= getHitsLimit();
    }

    public int getHitsLimit() {
        return MessageInbox.HITS_LIMIT;
    }

    public Map<Long, String> getCouples() {
        return couples;
    }

    public Long getCouple() {
        return couple;
    }

    public void setCouple(Long couple) {
        this.couple = couple;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public List<InboxRow> getRows() {
        return rows;
    }

    public List<MessageHit> getHits() {
        return hits;
    }

    public String getSearched() {
        return searched;
    }
}

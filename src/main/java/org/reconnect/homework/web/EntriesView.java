package org.reconnect.homework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.homework.boundary.EntryRow;
import org.reconnect.homework.boundary.PortalEntries;
import org.reconnect.shared.web.ListModel;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Backs /portal/entries: the entries the partner may read, newest first, with the therapist's shown feedback. */
@Named
@ViewScoped
public class EntriesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PortalEntries readable;

    private boolean onlyMine;
    private String type;
    private ListModel<EntryRow> entries;

    @PostConstruct
    void init() {
        entries = new ListModel<>(readable::entryCount, readable::entryRows, EntryRow::id, this::filters);
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        filters.put("mine", onlyMine ? "true" : null);
        filters.put("type", type);
        return filters;
    }

    /** The typed values of an entry in words; who made a bid is named from the reader's side. */
    public String describe(EntryRow e) {
        String you = Messages.text("portal.entries.mine");
        String bidMaker = e.bidBy() == null ? "-"
                : e.mine() ? (EntryWords.madeByAuthor(e) ? you : Messages.text("portal.entries.yourPartner"))
                : (EntryWords.madeByAuthor(e) ? e.authorName() : you);
        return EntryWords.describe(e, bidMaker);
    }

    public ListModel<EntryRow> getEntries() {
        return entries;
    }

    public boolean isOnlyMine() {
        return onlyMine;
    }

    public void setOnlyMine(boolean onlyMine) {
        this.onlyMine = onlyMine;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }
}

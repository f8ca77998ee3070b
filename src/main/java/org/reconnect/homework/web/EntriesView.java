package org.reconnect.homework.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.homework.boundary.EntryView;
import org.reconnect.homework.boundary.HomeworkLog;
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
    HomeworkLog log;

    private boolean onlyMine;
    private String type;
    private ListModel<EntryView> entries;

    @PostConstruct
    void init() {
        entries = new ListModel<>(log::entryCount, log::entryRows, EntryView::getId, this::filters);
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        filters.put("mine", onlyMine ? "true" : null);
        filters.put("type", type);
        return filters;
    }

    /** The typed values of an entry in words. */
    public String describe(EntryView e) {
        return switch (e.getType()) {
            case MICRO_MOMENT_LOG -> (e.getBidBy() == null ? "" : Messages.text(e.isMine() ? "bidBy." + e.getBidBy()
                    : (e.getBidBy().name().equals("ME") ? "bidBy.PARTNER" : "bidBy.ME")) + " · ")
                    + (e.getResponse() == null ? "" : Messages.text("response." + e.getResponse()));
            case EMOTIONAL_DATE -> Messages.text("review.entryDate", e.getMinutes(),
                    Boolean.TRUE.equals(e.getPhonesOff()) ? Messages.text("review.yes") : Messages.text("review.no"), e.getRating());
            case DAILY_TALK -> Messages.text("review.entryTalk", e.getMinutes(), e.getRating());
            default -> e.getRating() == null ? "" : Messages.text("portal.log.ratingOptional") + ": " + e.getRating();
        };
    }

    public ListModel<EntryView> getEntries() {
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

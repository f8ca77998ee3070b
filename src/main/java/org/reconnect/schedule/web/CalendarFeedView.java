package org.reconnect.schedule.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.PrimeFaces;
import org.reconnect.schedule.boundary.CalendarFeeds;
import org.reconnect.shared.boundary.Settings;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.time.Instant;

/**
 * The therapist's calendar feed page: make the address (shown once, to copy into the phone's
 * calendar or to open as {@code webcal:}), make a new one (the old stops answering) or turn the
 * feed off.
 */
@Named
@ViewScoped
public class CalendarFeedView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "feed";

    @Inject
    CalendarFeeds feeds;

    private Instant madeAt;
    /** The address just made: shown in this view only, never stored. */
    private String address;

    @PostConstruct
    void load() {
        madeAt = feeds.madeAt().orElse(null);
    }

    public void make() {
        boolean renewing = madeAt != null;
        String token = feeds.newAddress();
        address = Settings.requiredPublicAddress() + CalendarFeeds.PATH + token + ".ics";
        madeAt = feeds.madeAt().orElse(null);
        result(Messages.text(renewing ? "calendarFeed.renewed" : "calendarFeed.made"), "address");
    }

    public void turnOff() {
        feeds.turnOff();
        address = null;
        madeAt = null;
        result(Messages.text("calendarFeed.turnedOff"), "result");
    }

    /**
     * The outcome, in the form itself, with the focus: on the new address (selected, to copy) or
     * on the result when there is none.
     */
    private static void result(String text, String focus) {
        FacesContext.getCurrentInstance().addMessage(FORM, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        PrimeFaces.current().executeScript("var e = document.getElementById('" + FORM + ":" + focus + "'); e.focus();"
                + " if (e.select) { e.select(); }");
    }

    public boolean isOn() {
        return madeAt != null;
    }

    public Instant getMadeAt() {
        return madeAt;
    }

    public String getAddress() {
        return address;
    }

    /** The same address for a phone's "subscribe" ({@code webcal:}, which calendars open). */
    public String getWebcal() {
        return address == null ? null : address.replaceFirst("^https?://", "webcal://");
    }
}

package org.reconnect.homework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.homework.boundary.HomeworkLog;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;

/** Backs /portal/settings: the daily reminder e-mail, on or off. */
@Named
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HomeworkLog log;

    private boolean reminders;

    /** The view action. */
    public void load() {
        reminders = log.remindersOn();
    }

    public void save() {
        log.setReminders(reminders);
        Messages.info("portal.settings.saved");
    }

    public boolean isReminders() {
        return reminders;
    }

    public void setReminders(boolean reminders) {
        this.reminders = reminders;
    }
}

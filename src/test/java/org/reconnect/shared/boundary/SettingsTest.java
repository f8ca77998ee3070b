package org.reconnect.shared.boundary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingsTest {

    private static final String SCHEDULED = "reconnect.reminders.scheduled";

    @AfterEach
    void forget() {
        System.clearProperty(SCHEDULED);
    }

    @Test
    void remindersRunOnTheirScheduleUnlessTurnedOff() {
        if (System.getenv("RECONNECT_REMINDERS_SCHEDULED") == null) {
            assertTrue(Settings.scheduledReminders(), "on when nothing is said");
        }
        System.setProperty(SCHEDULED, "false");
        assertFalse(Settings.scheduledReminders());
        System.setProperty(SCHEDULED, " FALSE ");
        assertFalse(Settings.scheduledReminders());
        System.setProperty(SCHEDULED, "true");
        assertTrue(Settings.scheduledReminders());
        for (String notFalse : new String[] {"yes", "1", "on", "ture"}) {
            System.setProperty(SCHEDULED, notFalse);
            assertTrue(Settings.scheduledReminders(), "only false turns the reminders off, not " + notFalse);
        }
    }
}

package org.reconnect.clinic.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** Backs /admin/settings: note templates offered, the clinic's time zone, two-step sign-in for therapists, office hours. */
@Named
@ViewScoped
public class SettingsAdminView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ClinicSettings settings;

    private List<String> templates;
    private String timeZone;
    private long templatesVersion;
    private long zoneVersion;
    private boolean therapistTwoStep;
    private long twoStepVersion;
    private String officeHours;
    private long officeHoursVersion;

    @PostConstruct
    void init() {
        ClinicSettings.Values values = settings.values();
        templates = new ArrayList<>(values.templates().stream().map(Enum::name).toList());
        timeZone = values.timeZone();
        templatesVersion = values.templatesVersion();
        zoneVersion = values.zoneVersion();
        therapistTwoStep = values.therapistTwoStep();
        twoStepVersion = values.twoStepVersion();
        officeHours = values.officeHours();
        officeHoursVersion = values.officeHoursVersion();
    }

    public void saveOfficeHours() {
        settings.changeOfficeHours(officeHours, officeHoursVersion);
        Messages.info("settings.saved");
        init();
    }

    public String getOfficeHours() {
        return officeHours;
    }

    public void setOfficeHours(String officeHours) {
        this.officeHours = officeHours;
    }

    public void saveTwoStep() {
        settings.changeTherapistTwoStep(therapistTwoStep, twoStepVersion);
        Messages.info("settings.saved");
        init();
    }

    public boolean isTherapistTwoStep() {
        return therapistTwoStep;
    }

    public void setTherapistTwoStep(boolean therapistTwoStep) {
        this.therapistTwoStep = therapistTwoStep;
    }

    public void save() {
        EnumSet<NoteTemplate> chosen = EnumSet.noneOf(NoteTemplate.class);
        for (NoteTemplate t : NoteTemplate.values()) {
            if (templates != null && templates.contains(t.name())) {
                chosen.add(t);
            }
        }
        settings.change(chosen, timeZone, templatesVersion, zoneVersion);
        Messages.info("settings.saved");
        init();
    }

    public List<NoteTemplate> getAllTemplates() {
        return List.of(NoteTemplate.values());
    }

    public List<String> getTemplates() {
        return templates;
    }

    public void setTemplates(List<String> templates) {
        this.templates = templates;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}

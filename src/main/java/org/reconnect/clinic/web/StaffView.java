package org.reconnect.clinic.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.clinic.boundary.StaffAccounts;
import org.reconnect.clinic.boundary.StaffForm;
import org.reconnect.clinic.boundary.StaffRow;
import org.reconnect.security.boundary.LinkDelivery;
import org.reconnect.shared.web.ListModel;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Backs /admin/staff: the staff list, and the form to add or edit one person. */
@Named
@ViewScoped
public class StaffView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    org.reconnect.security.boundary.TwoStep twoStep;

    @Inject
    StaffAccounts staff;

    private String search;
    private String enabled;
    private ListModel<StaffRow> people;
    private StaffForm form;
    private LinkDelivery lastLink;

    @PostConstruct
    void init() {
        people = new ListModel<>(staff::count, staff::rows, StaffRow::id, this::filters);
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        filters.put("search", search);
        filters.put("enabled", enabled);
        return filters;
    }

    public void startNew() {
        form = new StaffForm();
        form.setTherapist(true);
        lastLink = null;
    }

    public void startEdit(long userId) {
        form = staff.edit(userId).orElse(null);
        lastLink = null;
        if (form == null) {
            Messages.error("staff.notFound");
        }
    }

    public void cancel() {
        form = null;
    }

    public void save() {
        if (form.getId() == null) {
            lastLink = staff.create(form);
            Messages.info(lastLink.sent() ? "staff.created" : "staff.createdNoMail", lastLink.email());
        } else {
            staff.update(form);
            Messages.info("staff.saved");
        }
        form = null;
    }

    public void deactivate(long userId) {
        long couples = staff.deactivate(userId);
        Messages.info(couples > 0 ? "staff.deactivatedWithCouples" : "staff.deactivated", couples);
    }

    public void reactivate(long userId) {
        staff.reactivate(userId);
        Messages.info("staff.reactivated");
    }

    public void sendLink(long userId) {
        lastLink = staff.sendSetupLink(userId);
        Messages.info(lastLink.sent() ? "staff.linkSent" : "staff.linkNotSent", lastLink.email());
    }

    /** Removes a staff member's authenticator app (lost phone); they enrol again at sign-in. */
    public void resetTwoStep(long userId, String email) {
        twoStep.reset(userId);
        Messages.info("twoStep.resetDone", email);
    }

    public ListModel<StaffRow> getPeople() {
        return people;
    }

    public StaffForm getForm() {
        return form;
    }

    public LinkDelivery getLastLink() {
        return lastLink;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public String getEnabled() {
        return enabled;
    }

    public void setEnabled(String enabled) {
        this.enabled = enabled;
    }
}

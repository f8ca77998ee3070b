package org.reconnect.schedule.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.SelectEvent;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.event.schedule.ScheduleEntryResizeEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleEvent;
import org.primefaces.model.ScheduleModel;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.schedule.boundary.AppointmentForm;
import org.reconnect.schedule.boundary.AppointmentRow;
import org.reconnect.schedule.boundary.Appointments;
import org.reconnect.schedule.boundary.BookableCouple;
import org.reconnect.schedule.entity.AppointmentStatus;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;
import org.reconnect.shared.web.Messages;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Backs /therapist/calendar: the week (or day) on a schedule, where a drag moves a session and a
 * click on a free slot fills the booking form; the same week as a table for the keyboard; the
 * booking form; and the selected session's actions (attended, no-show, cancel, change, note).
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "booking";

    @Inject
    Appointments appointments;

    @Inject
    ClinicSettings settings;

    private LazyScheduleModel model;
    private LocalDate monday;
    private List<AppointmentRow> week;
    private List<BookableCouple> couples;
    private AppointmentForm form;
    /** "coupleId" for a joint session, "coupleId:partnerId" for an individual one. */
    private String who;
    private Long editingId;
    private long editingVersion;
    private AppointmentRow selected;

    @PostConstruct
    void init() {
        monday = LocalDate.now(settings.timeZone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime start, LocalDateTime end) {
                for (AppointmentRow row : appointments.calendar(start, end)) {
                    addEvent(event(row));
                }
            }
        };
        newForm(null);
    }

    private static ScheduleEvent<AppointmentRow> event(AppointmentRow row) {
        String who = row.isJoint() ? row.couple() : row.individualWith();
        return DefaultScheduleEvent.<AppointmentRow>builder()
                .id(String.valueOf(row.id()))
                .title(row.caseNumber() + " · " + who)
                .startDate(row.startsAt())
                .endDate(row.endsAt())
                .data(row)
                .editable(row.isScheduled())
                .styleClass("appointment appointment-" + row.status() + (row.isJoint() ? " joint" : " individual"))
                .build();
    }

    public ScheduleModel getModel() {
        return model;
    }

    public String getZone() {
        return settings.timeZone().getId();
    }

    /** The week in the table below the schedule. */
    public List<AppointmentRow> getWeek() {
        if (week == null) {
            week = appointments.calendar(monday.atStartOfDay(), monday.plusWeeks(1).atStartOfDay());
        }
        return week;
    }

    public LocalDate getMonday() {
        return monday;
    }

    public void previousWeek() {
        monday = monday.minusWeeks(1);
        week = null;
    }

    public void nextWeek() {
        monday = monday.plusWeeks(1);
        week = null;
    }

    public List<BookableCouple> getCouples() {
        if (couples == null) {
            couples = appointments.bookable();
        }
        return couples;
    }

    /** Who the booking form is for, from the address (?book=couple or couple:partner): kept only if it is a choice. */
    public void setBookFor(String value) {
        if (value != null && getWhoChoices().stream().anyMatch(c -> c[0].equals(value))) {
            who = value;
        }
    }

    public String getBookFor() {
        return who;
    }

    /** The choices of the "who" select: each couple jointly (while allowed), and each partner alone. */
    public List<String[]> getWhoChoices() {
        List<String[]> choices = new ArrayList<>();
        for (BookableCouple c : getCouples()) {
            if (c.jointAllowed()) {
                choices.add(new String[] {String.valueOf(c.id()), Messages.text("calendar.whoJoint", c.caseNumber(), c.names())});
            }
            for (BookableCouple.Person p : c.partners()) {
                choices.add(new String[] {c.id() + ":" + p.id(), Messages.text("calendar.whoAlone", c.caseNumber(), p.name())});
            }
        }
        return choices;
    }

    private void newForm(LocalDateTime start) {
        form = appointments.draft(null, start);
        editingId = null;
    }

    /** A click on a free slot: the booking form starts there. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        LocalDateTime start = event.getObject();
        String keep = who;
        newForm(start);
        who = keep;
        // the form is above the schedule: take the person to it, to the first thing to choose
        org.primefaces.PrimeFaces.current().focus(FORM + ":who");
    }

    public void onEventSelect(SelectEvent<ScheduleEvent<AppointmentRow>> event) {
        selected = event.getObject().getData();
    }

    public void select(AppointmentRow row) {
        selected = row;
    }

    public void onEventMove(ScheduleEntryMoveEvent event) {
        AppointmentRow row = rowOf(event.getScheduleEvent());
        moveTo(row, row.startsAt().plus(event.getDeltaAsDuration()), row.endsAt().plus(event.getDeltaAsDuration()));
    }

    public void onEventResize(ScheduleEntryResizeEvent event) {
        AppointmentRow row = rowOf(event.getScheduleEvent());
        LocalDateTime start = row.startsAt().plusDays(event.getDayDeltaStart()).plusMinutes(event.getMinuteDeltaStart());
        LocalDateTime end = row.endsAt().plusDays(event.getDayDeltaEnd()).plusMinutes(event.getMinuteDeltaEnd());
        moveTo(row, start, end);
    }

    @SuppressWarnings("unchecked")
    private static AppointmentRow rowOf(ScheduleEvent<?> event) {
        return ((ScheduleEvent<AppointmentRow>) event).getData();
    }

    private void moveTo(AppointmentRow row, LocalDateTime start, LocalDateTime end) {
        try {
            appointments.move(row.id(), row.version(), start, end);
            Messages.info("calendar.moved", row.caseNumber());
        } catch (InvalidInput invalid) {
            invalid.getProblems().forEach(p -> Messages.error("calendar.notMoved", p.message()));
        } catch (Refusal refused) {
            Messages.error("calendar.notMoved", Messages.text(refused.getKey(), refused.getArguments()));
        }
        week = null;
        selected = null;
    }

    public void book() {
        try {
            applyWho();
            if (editingId == null) {
                appointments.book(form);
                Messages.info("calendar.booked");
            } else {
                appointments.change(editingId, editingVersion, form);
                Messages.info("calendar.changed");
            }
            newForm(null);
            who = null;
            week = null;
            selected = null;
        } catch (InvalidInput invalid) {
            Messages.invalid(invalid, FORM);
        } catch (Refusal refused) {
            // the couple and the partner are chosen together, in "who"
            boolean aboutWho = "partnerId".equals(refused.getField()) || "coupleId".equals(refused.getField());
            Messages.refused(aboutWho ? Refusal.onField("who", refused.getKey(), refused.getArguments()) : refused, FORM);
        }
    }

    private void applyWho() {
        if (editingId != null) {
            return;
        }
        if (who == null || who.isBlank() || !who.matches("\\d{1,18}(:\\d{1,18})?")) {
            throw Refusal.onField("who", "appointment.couple.required");
        }
        String[] parts = who.split(":");
        form.setCoupleId(Long.valueOf(parts[0]));
        form.setPartnerId(parts.length > 1 ? Long.valueOf(parts[1]) : null);
    }

    /** Loads the selected session into the form to change it. */
    public void edit() {
        form = appointments.edit(selected.id());
        editingId = selected.id();
        editingVersion = selected.version();
    }

    public void cancelEdit() {
        newForm(null);
    }

    public void mark(AppointmentStatus outcome) {
        try {
            appointments.mark(selected.id(), selected.version(), outcome);
        } finally {
            // the week as it is now, whether marked or refused (another change came first, say)
            week = null;
        }
        Messages.info("calendar.marked." + outcome, selected.caseNumber());
        long id = selected.id();
        selected = getWeek().stream().filter(r -> r.id() == id).findFirst().orElse(null);
    }

    public AppointmentForm getForm() {
        return form;
    }

    public String getWho() {
        return who;
    }

    public void setWho(String who) {
        this.who = who;
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public AppointmentRow getSelected() {
        return selected;
    }
}

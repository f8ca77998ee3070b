package org.reconnect.notes.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.reconnect.clinic.boundary.ClinicSettings;
import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.notes.boundary.NoteDetails;
import org.reconnect.notes.boundary.NoteForm;
import org.reconnect.notes.boundary.SessionNotes;
import org.reconnect.shared.web.Messages;
import org.reconnect.shared.web.Requests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/**
 * Backs /therapist/note?id= (a note) and ?appointment= (the note of a session, started here in a
 * template the clinic offers): the draft with autosave, signing with the password, the signed
 * note with its hash check, addenda and the PDF. Anyone but the treating therapist gets 404.
 */
@Named
@ViewScoped
public class NoteEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SessionNotes notes;

    @Inject
    ClinicSettings settings;

    private String idParameter;
    private String appointmentParameter;
    private Long appointmentId;
    private NoteDetails view;
    private NoteForm form;
    private long version;
    private NoteTemplate template;
    private String password;
    private String addendumText;
    /** The addendum form's one-time key: sent again (a retry), it adds nothing more. */
    private String addendumKey = org.reconnect.shared.boundary.Submissions.newKey();
    private String addendumPassword;
    private String saveStatus;
    private boolean showOlder;

    /** The view action. */
    public void load() throws IOException {
        Long id = Requests.id(idParameter);
        appointmentId = Requests.id(appointmentParameter);
        if (id == null && appointmentId != null) {
            id = notes.noteFor(appointmentId).orElse(null);
        }
        if (id != null) {
            show(notes.view(id));
            return;
        }
        // no note yet: offered only for an attended session of the caller's
        if (appointmentId == null || !notes.canStart(appointmentId)) {
            Requests.notFound();
        }
    }

    private void show(NoteDetails note) {
        view = note;
        form = note.content();
        version = note.version();
    }

    public List<NoteTemplate> getTemplates() {
        return settings.noteTemplates();
    }

    public String start() {
        return again(notes.start(appointmentId, template));
    }

    /** The note's page anew (a signed note and a draft are built differently). */
    private static String again(long noteId) {
        Messages.keepForRedirect();
        return "/therapist/note?faces-redirect=true&id=" + noteId;
    }

    /** Saves the draft (the button, and every change of a field). */
    public void save() {
        // stays so when the boundary refuses; the text on this page stays as it is: nothing is lost
        saveStatus = Messages.text("note.notSaved");
        version = notes.save(view.id(), version, form);
        saveStatus = Messages.text("note.savedAt", java.time.LocalTime.now(settings.timeZone()).withNano(0));
    }

    public String sign() {
        try {
            notes.sign(view.id(), version, form, password == null ? new char[0] : password.toCharArray());
        } finally {
            password = null;
        }
        Messages.info("note.signedNow");
        return again(view.id());
    }

    /** A signed note cannot be edited: trying says so, and how to correct it. */
    public void edit() {
        notes.save(view.id(), view.version(), view.content());
    }

    public String addAddendum() {
        try {
            notes.addAddendum(view.id(), addendumText, addendumPassword == null ? new char[0] : addendumPassword.toCharArray(),
                    addendumKey());
        } finally {
            addendumPassword = null;
        }
        Messages.info("note.addendumAdded");
        return again(view.id());
    }

    public StreamedContent getPdf() {
        byte[] pdf = notes.pdf(view.id());
        return DefaultStreamedContent.builder()
                .name("note-" + view.caseNumber() + "-" + view.sessionStart().toLocalDate() + ".pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf))
                .build();
    }

    /**
     * The entries to tick as reviewed, grouped by homework: those logged since the couple's
     * previous session, those already ticked, and the older ones only once asked for.
     */
    public List<jakarta.faces.model.SelectItem> getEntryGroups() {
        java.util.Map<String, List<jakarta.faces.model.SelectItem>> byHomework = new java.util.LinkedHashMap<>();
        for (NoteDetails.EntryChoice choice : view.entryChoices()) {
            if (showOlder || choice.sincePrevious() || form.getEntries().contains(choice.id())) {
                byHomework.computeIfAbsent(choice.homework(), k -> new java.util.ArrayList<>())
                        .add(new jakarta.faces.model.SelectItem(choice.id(), choice.label()));
            }
        }
        List<jakarta.faces.model.SelectItem> groups = new java.util.ArrayList<>();
        byHomework.forEach((homework, items) -> groups.add(new jakarta.faces.model.SelectItemGroup(homework, null, false,
                items.toArray(new jakarta.faces.model.SelectItem[0]))));
        return groups;
    }

    /** How many older entries are not shown yet. */
    public long getOlderCount() {
        return showOlder ? 0 : view.entryChoices().stream()
                .filter(c -> !c.sincePrevious() && !form.getEntries().contains(c.id())).count();
    }

    public void showOlderEntries() {
        showOlder = true;
    }

    /** The section's label in the note's template. */
    public String sectionLabel(int section) {
        return Messages.text("note." + view.template() + "." + section);
    }

    public NoteDetails getView() {
        return view;
    }

    public NoteForm getForm() {
        return form;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public String getAppointmentParameter() {
        return appointmentParameter;
    }

    public void setAppointmentParameter(String appointmentParameter) {
        this.appointmentParameter = appointmentParameter;
    }

    public NoteTemplate getTemplate() {
        return template;
    }

    public void setTemplate(NoteTemplate template) {
        this.template = template;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getAddendumText() {
        return addendumText;
    }

    public void setAddendumText(String addendumText) {
        this.addendumText = addendumText;
    }

    public String getAddendumPassword() {
        return addendumPassword;
    }

    public void setAddendumPassword(String addendumPassword) {
        this.addendumPassword = addendumPassword;
    }

    public String getSaveStatus() {
        return saveStatus;
    }

    /** The addendum form's key; made now for a view kept in a session from before keys were made. */
    private String addendumKey() {
        addendumKey = org.reconnect.shared.boundary.Submissions.orNew(addendumKey);
        return addendumKey;
    }
}

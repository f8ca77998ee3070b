package org.reconnect.assessment.boundary;

import org.reconnect.assessment.control.Instrument;
import org.reconnect.shared.boundary.KeyedForm;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A questionnaire as a partner answers it: the items and their options, the answers saved so
 * far, and the versions the page must send back (the response's, for concurrent saves, and the
 * instrument's, so that a page built for another version is refused).
 */
public class AnswerForm extends KeyedForm {

    private static final long serialVersionUID = 1L;

    private final long administrationId;
    private final long version;
    private final int instrumentVersion;
    private final String title;
    private final String instructions;
    private final String licence;
    private final boolean validated;
    private final LocalDate dueOn;
    private final List<Instrument.Item> items;
    private final Map<String, Integer> answers;

    public AnswerForm(long administrationId, long version, Instrument instrument, LocalDate dueOn, Map<String, Integer> saved) {
        this.administrationId = administrationId;
        this.version = version;
        this.instrumentVersion = instrument.version();
        this.title = instrument.title();
        this.instructions = instrument.instructions();
        this.licence = instrument.licence();
        this.validated = instrument.validated();
        this.dueOn = dueOn;
        this.items = instrument.items();
        this.answers = new HashMap<>(saved);
    }

    public long getAdministrationId() {
        return administrationId;
    }

    public long getVersion() {
        return version;
    }

    public int getInstrumentVersion() {
        return instrumentVersion;
    }

    public String getTitle() {
        return title;
    }

    public String getInstructions() {
        return instructions;
    }

    public String getLicence() {
        return licence;
    }

    public boolean isValidated() {
        return validated;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public List<Instrument.Item> getItems() {
        return items;
    }

    /** Item id to the chosen value; the page binds to it. */
    public Map<String, Integer> getAnswers() {
        return answers;
    }

    public long getAnswered() {
        return items.stream().filter(i -> answers.get(i.id()) != null).count();
    }
}

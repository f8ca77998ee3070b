package org.reconnect.notes.boundary;

import org.reconnect.notes.control.NoteRules;
import org.reconnect.notes.entity.RiskLevel;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** A note's editable content as the page holds it. */
public class NoteForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String section1;
    private String section2;
    private String section3;
    private String section4;
    private List<Integer> steps = new ArrayList<>();
    private String interventions;
    private RiskLevel riskLevel = RiskLevel.NONE;
    private String riskText;
    private String nextHomework;
    private List<Long> entries = new ArrayList<>();
    /** The messages reviewed in the session. */
    private List<Long> messages = new ArrayList<>();

    public String getSection1() {
        return section1;
    }

    public void setSection1(String section1) {
        this.section1 = section1;
    }

    public String getSection2() {
        return section2;
    }

    public void setSection2(String section2) {
        this.section2 = section2;
    }

    public String getSection3() {
        return section3;
    }

    public void setSection3(String section3) {
        this.section3 = section3;
    }

    public String getSection4() {
        return section4;
    }

    public void setSection4(String section4) {
        this.section4 = section4;
    }

    public List<Integer> getSteps() {
        return steps;
    }

    public void setSteps(List<Integer> steps) {
        this.steps = steps == null ? new ArrayList<>() : steps;
    }

    public String getInterventions() {
        return interventions;
    }

    public void setInterventions(String interventions) {
        this.interventions = interventions;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public void setRiskLevel(RiskLevel riskLevel) {
        this.riskLevel = riskLevel;
    }

    public String getRiskText() {
        return riskText;
    }

    public void setRiskText(String riskText) {
        this.riskText = riskText;
    }

    public String getNextHomework() {
        return nextHomework;
    }

    public void setNextHomework(String nextHomework) {
        this.nextHomework = nextHomework;
    }

    public List<Long> getMessages() {
        return messages;
    }

    public void setMessages(List<Long> messages) {
        this.messages = messages == null ? new ArrayList<>() : messages;
    }

    public List<Long> getEntries() {
        return entries;
    }

    public void setEntries(List<Long> entries) {
        this.entries = entries == null ? new ArrayList<>() : entries;
    }

    /** The form as the note's rules read it ({@link NoteRules}). */
    public NoteRules.Draft draft() {
        return new NoteRules.Draft(section1, section2, section3, section4, steps, interventions, riskLevel, riskText,
                nextHomework, entries);
    }
}

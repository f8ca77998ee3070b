package org.reconnect.notes.control;

import org.junit.jupiter.api.Test;
import org.reconnect.clinic.entity.NoteTemplate;
import org.reconnect.notes.entity.NoteContent;
import org.reconnect.notes.entity.RiskLevel;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class NoteRulesTest {

    private static NoteRules.Draft draft(String section1, String section2, List<Integer> steps, RiskLevel risk, String riskText) {
        return new NoteRules.Draft(section1, section2, " Progress. ", "Keep going.", steps, "Bids review.", risk, riskText,
                "  ", List.of(11L, 3L));
    }

    private static NoteRules.Problem problem(String field, String key, Object... arguments) {
        return new NoteRules.Problem(field, key, List.of(arguments));
    }

    @Test
    void aDraftIsKeptTidyWithItsStepsInOrderEachOnce() {
        NoteContent content = NoteRules.content(NoteTemplate.SOAP, draft("  Calm. ", "", List.of(5, 4, 5), null, null));

        assertEquals(new NoteContent(NoteTemplate.SOAP, "Calm.", null, "Progress.", "Keep going.", "4,5", "Bids review.",
                RiskLevel.NONE, null, null), content, "blank is none; no risk chosen is none");
    }

    @Test
    void aTemplateWithoutASecondSectionKeepsNone() {
        NoteRules.Draft dap = draft("Data.", "left over from SOAP", List.of(), RiskLevel.LOW, "Mentioned a rough week.");

        assertNull(NoteRules.content(NoteTemplate.DAP, dap).section2());
        assertNull(NoteRules.content(NoteTemplate.DAP, dap).stepsAddressed());
        assertEquals(List.of(), NoteRules.problems(NoteTemplate.DAP, draft("Data.", "<b>not checked either</b>", List.of(),
                RiskLevel.NONE, null)));
    }

    @Test
    void aRiskAboveNoneIsExplained() {
        assertEquals(List.of(problem("riskText", "note.riskText.required")),
                NoteRules.problems(NoteTemplate.SOAP, draft("S.", "O.", List.of(), RiskLevel.MODERATE, "  ")));
        assertEquals(List.of(), NoteRules.problems(NoteTemplate.SOAP, draft("S.", "O.", List.of(), RiskLevel.NONE, null)));
    }

    @Test
    void stepsRunFromOneToNine() {
        assertEquals(List.of(problem("steps", "note.steps.range")),
                NoteRules.problems(NoteTemplate.SOAP, draft("S.", "O.", List.of(1, 10), RiskLevel.NONE, null)));
        assertEquals(List.of(problem("steps", "note.steps.range")),
                NoteRules.problems(NoteTemplate.SOAP, draft("S.", "O.", List.of(0), RiskLevel.NONE, null)));
        assertEquals(List.of(), NoteRules.problems(NoteTemplate.SOAP, draft("S.", "O.", List.of(1, 9), RiskLevel.NONE, null)));
    }

    @Test
    void everyProblemIsNamedByItsFieldInTheOrderOfThePage() {
        String tooLong = "x".repeat(NoteRules.MAX_TEXT + 1);

        List<NoteRules.Problem> problems = NoteRules.problems(NoteTemplate.BIRP,
                draft(tooLong, "<script>alert(1)</script>", List.of(12), RiskLevel.HIGH, null));

        assertEquals(List.of(problem("section1", "note.text.tooLong", 10_000, 10_001), problem("section2", "text.markup"),
                problem("riskText", "note.riskText.required"), problem("steps", "note.steps.range")), problems);
    }

    @Test
    void aTextIsRequiredOnlyWhereItMustBeAndAHeartIsNotMarkup() {
        assertEquals(List.of(problem("text", "note.text.required")), NoteRules.textProblems("text", " \n", true));
        assertEquals(List.of(), NoteRules.textProblems("text", null, false));
        assertEquals(List.of(), NoteRules.textProblems("text", "made progress <3", true));
        assertEquals(List.of(), NoteRules.textProblems("text", "x".repeat(NoteRules.MAX_TEXT), true), "the limit itself fits");
    }

    @Test
    void storedStepsReadBackAsTheirNumbers() {
        assertEquals(List.of(4, 5), NoteRules.steps("4,5"));
        assertEquals(List.of(), NoteRules.steps(null));
    }

    @Test
    void aSignerIsNamedWithTheirAddress() {
        assertEquals("Maya Chen <maya@demo.test>", NoteRules.signer("Maya Chen", "maya@demo.test"));
    }
}

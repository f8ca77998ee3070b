package org.reconnect.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.assessment.boundary.AssessmentTaking;
import org.reconnect.assessment.boundary.PortalAssessments;

import java.util.List;

/** Backs /portal/assessments (what to answer, own shared results) and the home page's card. */
@Named
@RequestScoped
public class PortalAssessmentsView {

    @Inject
    AssessmentTaking taking;

    private PortalAssessments mine;
    private List<PortalAssessments.ToAnswer> toAnswer;

    /** What to answer and the shared results: for the questionnaires page. */
    public PortalAssessments getMine() {
        if (mine == null) {
            mine = taking.mine();
        }
        return mine;
    }

    /** What to answer only: for the home page. */
    public List<PortalAssessments.ToAnswer> getToAnswer() {
        if (toAnswer == null) {
            toAnswer = mine != null ? mine.toAnswer() : taking.toAnswer();
        }
        return toAnswer;
    }
}

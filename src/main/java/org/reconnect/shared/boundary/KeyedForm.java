package org.reconnect.shared.boundary;

import java.io.Serializable;

/**
 * A form that creates something: it carries a one-time submission key, made when the form is
 * opened, that the creating boundary claims ({@link Submissions}) with what the form says
 * ({@link Submissions#content}), so that the same form sent again creates nothing more.
 */
public abstract class KeyedForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String submissionKey = Submissions.newKey();

    /** The key; made now for a form kept in a session from before keys were made (deserialized without one). */
    public String getSubmissionKey() {
        submissionKey = Submissions.orNew(submissionKey);
        return submissionKey;
    }

    public void setSubmissionKey(String submissionKey) {
        this.submissionKey = submissionKey;
    }

    /** After a submission that was answered, for a form that stays open for the next one. */
    public void renewSubmissionKey() {
        submissionKey = Submissions.newKey();
    }
}

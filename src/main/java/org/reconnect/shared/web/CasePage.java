package org.reconnect.shared.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.reconnect.shared.boundary.Refusal;

import java.io.Serializable;
import java.util.function.LongFunction;

/**
 * The case a couple's page is about, once the page has loaded it for a caller who may see it:
 * what the page's parts (the sessions, homework, questionnaires and program cards, each from its
 * own capability) work on. The couple's page sets it; the parts read it, and know nothing else of
 * that page. Each part's boundary checks access again on every call.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long coupleId;
    private String caseNumber;
    private Long version;

    /** The page now shows this case, at this version. */
    public void show(long coupleId, String caseNumber, long version) {
        this.coupleId = coupleId;
        this.caseNumber = caseNumber;
        this.version = version;
    }

    /** The page shows no case (missing, or no longer the caller's). */
    public void clear() {
        coupleId = null;
        caseNumber = null;
        version = null;
    }

    /**
     * What one part of the page reads of the case through its boundary, or {@code none} when the
     * boundary refuses: the case stopped being the caller's after the page loaded it (reassigned,
     * say), and the part shows nothing of it. Only while the page shows a case.
     */
    public <T> T read(LongFunction<T> read, T none) {
        try {
            return read.apply(coupleId);
        } catch (Refusal notTheirs) {
            return none;
        }
    }

    /** The case's id, or {@code null} while the page shows none. */
    public Long getCoupleId() {
        return coupleId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    /** The case's version as the page loaded it, for a change that must not overwrite another. */
    public Long getVersion() {
        return version;
    }
}

package org.reconnect.homework.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.reconnect.homework.boundary.EntryRow;
import org.reconnect.homework.boundary.HomeworkReview;
import org.reconnect.homework.boundary.ReviewDetails;
import org.reconnect.shared.web.Json;
import org.reconnect.shared.web.ListModel;
import org.reconnect.shared.web.Messages;
import org.reconnect.shared.web.Requests;

import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Backs /therapist/homework?id=: a couple's homework over the last eight weeks (adherence, the
 * turn-toward chart, both partners' date ratings), the entry timeline with filters, and
 * feedback. A couple the caller does not treat answers 404, like a missing one.
 */
@Named
@ViewScoped
public class HomeworkReviewView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    @Inject
    HomeworkReview review;

    private String idParameter;
    private Long id;
    private ReviewDetails view;
    private ListModel<EntryRow> entries;

    private String partner;
    private String type;
    private String response;

    private Long feedbackEntryId;
    private String feedbackText;
    private boolean feedbackShown = true;

    /** The view action. */
    public void load() throws IOException {
        id = Requests.id(idParameter);
        view = id == null ? null : review.review(id).orElse(null);
        if (view == null) {
            Requests.notFound();
            return;
        }
        long coupleId = id;
        entries = new ListModel<>(filters -> review.entryCount(coupleId, filters),
                request -> review.entryRows(coupleId, request), EntryRow::id, this::filters);
    }

    private Map<String, String> filters() {
        Map<String, String> filters = new HashMap<>();
        filters.put("partner", partner);
        filters.put("type", type);
        filters.put("response", response);
        return filters;
    }

    /** Chart.js configuration for p:chart: each partner's weekly turn-toward ratio in percent. */
    public String getChart() {
        String labels = view.mondays().stream().map(m -> Json.string(WEEK.format(m))).collect(Collectors.joining(","));
        StringBuilder datasets = new StringBuilder(series(view.partner1(), "#1557a8", view.towardPartner1()));
        if (view.partner2() != null) {
            datasets.append(',').append(series(view.partner2(), "#a8421a", view.towardPartner2()));
        }
        return "{\"type\":\"line\",\"data\":{\"labels\":[" + labels + "],\"datasets\":[" + datasets + "]},"
                + "\"options\":{\"responsive\":true,\"maintainAspectRatio\":false,\"spanGaps\":true,"
                + "\"scales\":{\"y\":{\"min\":0,\"max\":100,\"ticks\":{\"precision\":0}}}}}";
    }

    private static String series(String name, String colour, List<ReviewDetails.Ratio> ratios) {
        return "{\"label\":" + Json.string(name) + ",\"borderColor\":\"" + colour + "\",\"backgroundColor\":\"" + colour
                + "\",\"fill\":false,\"data\":["
                + ratios.stream().map(r -> r.percent() == null ? "null" : r.percent().toString()).collect(Collectors.joining(","))
                + "]}";
    }

    /** The chart in words, for screen readers. */
    public String getChartSummary() {
        return Messages.text("review.ratioSummary", view.partner1(), words(view.towardPartner1()),
                view.partner2() == null ? "-" : view.partner2(), words(view.towardPartner2()));
    }

    private static String words(List<ReviewDetails.Ratio> ratios) {
        String text = ratios.stream().filter(r -> r.percent() != null)
                .map(r -> WEEK.format(r.monday()) + " " + r.percent() + " %")
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? Messages.text("review.ratioNone") : text;
    }

    /** The typed values of an entry in one line (its free text is shown on its own, escaped). */
    public String describe(EntryRow e) {
        String bidMaker = e.bidBy() == null ? "-" : EntryWords.madeByAuthor(e) ? e.authorName() : otherThan(e);
        return EntryWords.describe(e, bidMaker);
    }

    /** The partner who is not the entry's author. */
    private String otherThan(EntryRow e) {
        String other = e.authorPosition() == 1 ? view.partner2() : view.partner1();
        return other == null ? "-" : other;
    }

    public void startFeedback(long entryId) {
        feedbackEntryId = entryId;
        feedbackText = null;
        feedbackShown = true;
    }

    public void cancelFeedback() {
        feedbackEntryId = null;
    }

    public void saveFeedback() {
        review.giveFeedback(feedbackEntryId == null ? -1 : feedbackEntryId, feedbackText, feedbackShown);
        Messages.info("feedback.given");
        feedbackEntryId = null;
        feedbackText = null;
    }

    public String getIdParameter() {
        return idParameter;
    }

    public void setIdParameter(String idParameter) {
        this.idParameter = idParameter;
    }

    public Long getId() {
        return id;
    }

    public ReviewDetails getView() {
        return view;
    }

    public ListModel<EntryRow> getEntries() {
        return entries;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getResponse() {
        return response;
    }

    public void setResponse(String response) {
        this.response = response;
    }

    public Long getFeedbackEntryId() {
        return feedbackEntryId;
    }

    public String getFeedbackText() {
        return feedbackText;
    }

    public void setFeedbackText(String feedbackText) {
        this.feedbackText = feedbackText;
    }

    public boolean isFeedbackShown() {
        return feedbackShown;
    }

    public void setFeedbackShown(boolean feedbackShown) {
        this.feedbackShown = feedbackShown;
    }
}

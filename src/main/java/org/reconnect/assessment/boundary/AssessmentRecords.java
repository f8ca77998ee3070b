package org.reconnect.assessment.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import org.reconnect.assessment.control.Instrument;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A couple's answered questionnaires for the export of its record, as plain data. Not a
 * boundary of its own: the caller has already checked that it may see the couple's clinical
 * record, and audits. Three statements, whatever the history.
 */
@Dependent
public class AssessmentRecords {

    @Inject
    ScoredResponses responses;

    /** One answered questionnaire: whose, which instrument, when, each answer, the total and its band. */
    public record Answered(long id, long partnerId, String instrumentCode, int instrumentVersion, String instrumentTitle,
                           Instant submittedAt, boolean enteredInError, List<Answer> answers, BigDecimal total,
                           String band) implements Serializable {
    }

    public record Answer(String itemId, String itemText, int value, String label) implements Serializable {
    }

    /**
     * The couple's answered questionnaires whose results the plan shares with both partners, and,
     * when {@code partnerId} is given, every one of that partner's own (shared or not). Oldest first.
     */
    public List<Answered> forRecord(long coupleId, Long partnerId) {
        return responses.answered("c.id = :couple and (a.plan.shareResults = true or p.id = :partner)",
                        Map.of("couple", coupleId, "partner", partnerId == null ? -1L : partnerId)).stream()
                .map(AssessmentRecords::answered)
                .toList();
    }

    private static Answered answered(ScoredResponses.Response r) {
        Instrument instrument = r.instrument();
        List<Answer> answers = instrument.items().stream()
                .filter(item -> r.answers().containsKey(item.id()))
                .map(item -> {
                    int value = r.answers().get(item.id());
                    String label = item.options().stream().filter(o -> o.value() == value).map(Instrument.Option::label)
                            .findFirst().orElse(Integer.toString(value));
                    return new Answer(item.id(), item.text(), value, label);
                })
                .toList();
        return new Answered(r.id(), r.partnerId(), instrument.code(), instrument.version(), instrument.title(),
                r.submittedAt(), !r.valid(), answers, r.score().total(),
                r.score().band() == null ? null : r.score().band().label());
    }
}

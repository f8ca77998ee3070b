package org.reconnect.homework.control;

import org.reconnect.homework.entity.BidBy;
import org.reconnect.homework.entity.BidResponse;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.shared.control.PlainText;

import java.util.ArrayList;
import java.util.List;

/**
 * What an entry of each type must hold. Problems come back as (field, message key) pairs, so the
 * page can show each message next to its input; nothing is saved while there is one.
 */
public final class EntryRules {

    public static final int TEXT_MAX = 4000;
    public static final int NOTE_MAX = 500;
    public static final int PROMPTS_MAX = 500;
    public static final int PROMPT_MAX = 200;

    private EntryRules() {
    }

    /** The values of an entry, whatever its type. */
    public record Values(BidBy bidBy, BidResponse response, Integer minutes, String prompts, String prompt,
                         Integer rating, String text, Boolean phonesOff) {
    }

    public record Problem(String field, String key) {
    }

    public static List<Problem> problems(HomeworkType type, Values v) {
        List<Problem> problems = new ArrayList<>();
        switch (type) {
            case MICRO_MOMENT_LOG -> {
                if (v.bidBy() == null) {
                    problems.add(new Problem("bidBy", "entry.bidBy.required"));
                }
                if (v.response() == null) {
                    problems.add(new Problem("response", "entry.response.required"));
                }
                tooLong(problems, "text", v.text(), NOTE_MAX);
            }
            case EMOTIONAL_DATE -> {
                minutes(problems, v.minutes());
                if (v.phonesOff() == null) {
                    // yes or no, chosen by the partner: an answer they did not give is never recorded
                    problems.add(new Problem("phonesOff", "entry.phonesOff.required"));
                }
                rating(problems, v.rating(), true);
                tooLong(problems, "prompts", v.prompts(), PROMPTS_MAX);
                tooLong(problems, "text", v.text(), TEXT_MAX);
            }
            case DAILY_TALK -> {
                minutes(problems, v.minutes());
                rating(problems, v.rating(), true);
                tooLong(problems, "prompt", v.prompt(), PROMPT_MAX);
            }
            default -> {
                if (v.text() == null || v.text().isBlank()) {
                    problems.add(new Problem("text", "entry.text.required"));
                } else {
                    tooLong(problems, "text", v.text(), TEXT_MAX);
                }
                rating(problems, v.rating(), type.isRated());
            }
        }
        return problems;
    }

    private static void minutes(List<Problem> problems, Integer minutes) {
        if (minutes == null || minutes < 1 || minutes > 600) {
            problems.add(new Problem("minutes", "entry.minutes.range"));
        }
    }

    private static void rating(List<Problem> problems, Integer rating, boolean required) {
        if (rating == null) {
            if (required) {
                problems.add(new Problem("rating", "entry.rating.range"));
            }
        } else if (rating < 1 || rating > 10) {
            problems.add(new Problem("rating", "entry.rating.range"));
        }
    }

    private static void tooLong(List<Problem> problems, String field, String text, int max) {
        if (text != null && text.strip().length() > max) {
            problems.add(new Problem(field, "entry." + field + ".size"));
        } else if (PlainText.hasMarkup(text)) {
            problems.add(new Problem(field, "text.markup"));
        }
    }
}

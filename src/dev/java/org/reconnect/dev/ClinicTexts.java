package org.reconnect.dev;

import java.util.List;
import java.util.Random;

/** The words of the generated clinic: names, note sections, entry texts. Invented, never real. */
final class ClinicTexts {

    static final List<String> FIRST = List.of("Alex", "Sam", "Jordan", "Riley", "Chris", "Taylor", "Pat", "Morgan",
            "Jamie", "Casey", "Drew", "Quinn", "Lee", "Robin", "Kim", "Jesse", "Avery", "Blake", "Noor", "Eli", "Maya",
            "Omar", "Lena", "Dana", "Helen", "Sofia", "Mateo", "Aisha", "Kenji", "Priya", "Tomas", "Ines", "Yara",
            "Felix", "Hana", "Leo", "Mira", "Oscar", "Rosa", "Theo", "Uma", "Victor", "Wen", "Zoe");
    static final List<String> LAST = List.of("Morgan", "Reyes", "Lee", "Brooks", "Nash", "Owens", "Park", "Santos",
            "Wong", "Alvarez", "Clarke", "Hassan", "Chen", "Haddad", "Fischer", "Ortiz", "Whitfield", "Novak", "Silva",
            "Kowalski", "Okafor", "Jensen", "Rossi", "Dubois", "Tanaka", "Kaur", "Moreau", "Berg", "Costa", "Ivanova",
            "Murphy", "Nguyen", "Schmidt", "Larsen", "Ali", "Garcia", "Evans", "Popescu");
    static final List<String> CREDENTIALS = List.of("LMFT", "LCSW", "PhD, LMFT", "PsyD", "LPC", "MSW, LCSW");
    static final List<String> REFERRALS = List.of("Self-referred (website)", "GP referral", "Employee assistance programme",
            "Former client", "Friend's recommendation");
    static final List<String> REASONS = List.of("They feel like flatmates: little talk about feelings, no time together.",
            "Distance since the birth of their second child.", "Long working hours; one partner feels invisible.",
            "They stopped talking after a move abroad.", "Arguments end in silence for days.");

    /** Per step (1..9): what was said, seen, concluded and planned, and what was done in the session. */
    private static final String[][] NOTES = {
            {"Both describe evenings side by side on phones.", "Calm, some tension when phones came up.",
                    "Pattern of parallel living; no blame so far.", "Notice one bid each day.", "Naming the pattern."},
            {"Talking about it at home went better than feared.", "Warmer tone, eye contact.",
                    "First calm conversation held.", "Use the soft start-up again.", "Soft start-up practice."},
            {"Each listed three needs; some surprised the other.", "Engaged, one partner tearful.",
                    "Needs are heard, not yet met.", "Share one need a day.", "Needs map exercise."},
            {"More bids noticed this week.", "Laughing together twice in session.",
                    "Turn-toward ratio rising for both.", "Keep logging bids.", "Bids for connection review."},
            {"The weekly date felt awkward but good.", "Both engaged.", "Habits taking root.",
                    "Weekly date and daily talk.", "Planning the emotional date."},
            {"Small kindnesses noticed by both.", "Relaxed posture.", "Appreciation is said aloud more often.",
                    "One kindness a day.", "Reviewing the kindness log."},
            {"Asked each other new questions over dinner.", "Curious, playful.", "Curiosity returning.",
                    "Plan one new experience.", "Curiosity questions."},
            {"Each spoke about their own stress and care.", "Open, reflective.", "Own wellness supports the couple.",
                    "Self-care journal.", "Individual self-care planning."},
            {"Reviewed the whole program together.", "Calm, hopeful.", "Know the signs and where to get help.",
                    "Keep the habits; check in monthly.", "Relapse prevention and crisis resources."}};

    private static final List<String> WRITTEN = List.of("Made breakfast without being asked.", "Thanked them for fixing the bike.",
            "Asked what the best part of the week was.", "I feel unheard when I am interrupted, and I need a minute to finish.",
            "A walk alone in the morning; mood better after.", "Left a note in the lunch box.",
            "Asked about a childhood friend I never heard of.", "I feel lonely in the evenings, and I would like us to talk.");
    private static final List<String> PROMPTS = List.of("What made us laugh this week?", "A memory of our first year",
            "What I need more of", "Our best day this month", "What I appreciate about you", "Plans for the spring");

    private ClinicTexts() {
    }

    static String name(long index) {
        return FIRST.get((int) (index % FIRST.size())) + " " + LAST.get((int) ((index / FIRST.size() + index * 7) % LAST.size()));
    }

    /** Section 1..4 of a SOAP note, or the interventions (5), for a session on this step. */
    static String note(int step, int part) {
        return NOTES[step - 1][part - 1];
    }

    static String written(Random random) {
        return WRITTEN.get(random.nextInt(WRITTEN.size()));
    }

    static String prompt(Random random) {
        return PROMPTS.get(random.nextInt(PROMPTS.size()));
    }

    static <T> T pick(List<T> from, Random random) {
        return from.get(random.nextInt(from.size()));
    }
}

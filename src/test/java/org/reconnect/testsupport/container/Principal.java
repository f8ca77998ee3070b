package org.reconnect.testsupport.container;

/**
 * Who calls, in an authorization matrix: each row has one letter per principal, in this order.
 * Partners A and B are couple 1's, the therapist treats couple 1, the other therapist couple 2.
 */
public enum Principal {
    ANONYMOUS, PARTNER_A, PARTNER_B, OTHER_COUPLES_PARTNER, THERAPIST, OTHER_THERAPIST, ADMIN;

    /** The order of the letters, in words, for a table's header and its messages. */
    public static final String ORDER = "anonymous, partner A, partner B, a partner of couple 2, couple 1's therapist, "
            + "another therapist, an admin";

    /** The login, or {@code null} for anonymous. */
    public String email(MatrixWorld world) {
        return switch (this) {
            case ANONYMOUS -> null;
            case PARTNER_A -> world.partnerA();
            case PARTNER_B -> world.partnerB();
            case OTHER_COUPLES_PARTNER -> world.otherPartner();
            case THERAPIST -> world.therapist();
            case OTHER_THERAPIST -> world.otherTherapist();
            case ADMIN -> world.admin();
        };
    }

    /** Whether couple 1's session and screening notes are for this principal's eyes: its therapist's only. */
    public boolean readsClinicalText() {
        return this == THERAPIST;
    }

    /** Whether partner A's shared entry is for this principal's eyes: the couple's and their therapist's. */
    public boolean readsEntryText() {
        return this == PARTNER_A || this == PARTNER_B || this == THERAPIST;
    }

    /** Whether partner A's self-care journal is for this principal's eyes: hers and the therapist's. */
    public boolean readsJournalText() {
        return this == PARTNER_A || this == THERAPIST;
    }

    /** Whether what partner A writes to the therapist alone is for this principal's eyes: hers and the therapist's. */
    public boolean readsPartnerAsOwnThread() {
        return this == PARTNER_A || this == THERAPIST;
    }

    /** The letters of a row, one per principal: spaces between them are for the eye. */
    public static String letters(String row, String allowed, String what) {
        String letters = row.replace(" ", "");
        if (letters.length() != values().length || !letters.matches("[" + allowed + "]+")) {
            throw new IllegalArgumentException(what + ": one of " + allowed + " per principal (" + ORDER + "), not '"
                    + row + "'");
        }
        return letters;
    }
}

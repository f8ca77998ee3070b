package org.reconnect.shared.boundary;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A boundary refuses what its rules do not allow. It carries a message-bundle key (and its
 * arguments) that the page shows as it is, and the transaction rolls back: nothing changes.
 * {@code field}, when set, names the input the message belongs to.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * The refusal of a re-authentication that finds the caller's account locked (by this wrong
     * answer or before): the page ends the caller's session too (the web room's exception handler).
     */
    public static final String LOCKED_OUT = "reauth.locked";

    private final String key;
    private final String field;
    private final transient Object[] arguments;

    public Refusal(String key, Object... arguments) {
        this(null, key, arguments);
    }

    private Refusal(String field, String key, Object... arguments) {
        super(key);
        this.key = key;
        this.field = field;
        this.arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    /** Whether this refusal found the caller's account locked: a page that catches it lets it go on. */
    public boolean locksOut() {
        return LOCKED_OUT.equals(key);
    }

    /** A refusal that belongs to one input of the form ("partner1.email"). */
    public static Refusal onField(String field, String key, Object... arguments) {
        return new Refusal(field, key, arguments);
    }

    public String getKey() {
        return key;
    }

    public String getField() {
        return field;
    }

    public Object[] getArguments() {
        return arguments == null ? new Object[0] : Arrays.copyOf(arguments, arguments.length);
    }
}

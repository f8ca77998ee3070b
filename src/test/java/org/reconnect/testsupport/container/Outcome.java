package org.reconnect.testsupport.container;

import jakarta.ejb.EJBAccessException;
import org.reconnect.shared.boundary.InvalidInput;
import org.reconnect.shared.boundary.Refusal;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * What one boundary call answered, as far as access is concerned: refused by role (the
 * container), refused by a rule (a {@link Refusal}, with its key), refused input, an empty answer,
 * done (a void method), some data, or an unexpected error. Two answers are the same when their
 * kind and detail are: for a refusal that is the exception, key, field and arguments; for an empty
 * answer, which empty thing it was.
 *
 * @param value the data a call returned, to look into; not part of "the same answer"
 */
public record Outcome(Kind kind, String detail, Object value) {

    public enum Kind {
        /** {@link EJBAccessException}: the container refused the caller's role. */
        ROLE,
        REFUSED,
        INVALID,
        /** An empty answer: no value, empty Optional, empty list or map, zero, false. */
        NOTHING,
        DONE,
        DATA,
        ERROR
    }

    /** What a call of a void method returns here. */
    public static final Object DONE = new Object() {
        @Override
        public String toString() {
            return "done";
        }
    };

    public static Outcome of(Object result) {
        if (result == DONE) {
            return new Outcome(Kind.DONE, "", null);
        }
        if (result == null) {
            return nothing("null");
        }
        if (result instanceof Optional<?> optional) {
            return optional.isEmpty() ? nothing("Optional.empty") : data(optional.get(), result);
        }
        if (result instanceof Collection<?> collection && collection.isEmpty()) {
            return nothing("empty " + collection.getClass().getSimpleName());
        }
        if (result instanceof Map<?, ?> map && map.isEmpty()) {
            return nothing("empty map");
        }
        if (result instanceof Number number && number.longValue() == 0) {
            return nothing("0");
        }
        if (Boolean.FALSE.equals(result)) {
            return nothing("false");
        }
        return data(result, result);
    }

    public static Outcome of(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return new Outcome(Kind.ROLE, "EJBAccessException", null);
            }
            if (t instanceof Refusal refusal) {
                return new Outcome(Kind.REFUSED, refusal.getKey()
                        + (refusal.getField() == null ? "" : " on " + refusal.getField())
                        + (refusal.getArguments().length == 0 ? "" : " " + Arrays.deepToString(refusal.getArguments())), null);
            }
            if (t instanceof InvalidInput invalid) {
                return new Outcome(Kind.INVALID, invalid.getProblems().stream().map(InvalidInput.Problem::field).toList()
                        .toString(), null);
            }
        }
        return new Outcome(Kind.ERROR, thrown.toString(), null);
    }

    private static Outcome nothing(String what) {
        return new Outcome(Kind.NOTHING, what, null);
    }

    private static Outcome data(Object shown, Object value) {
        return new Outcome(Kind.DATA, shown.getClass().getSimpleName(), value);
    }

    /** The same answer, as the caller sees it. */
    public boolean sameAs(Outcome other) {
        return other != null && kind == other.kind && detail.equals(other.detail);
    }

    /** A refusal or an empty answer: what an id that does not exist may get. */
    public boolean saysNothing() {
        return kind == Kind.REFUSED || kind == Kind.NOTHING;
    }

    @Override
    public String toString() {
        return detail.isEmpty() ? kind.name() : kind + " " + detail;
    }
}

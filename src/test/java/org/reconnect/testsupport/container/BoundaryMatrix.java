package org.reconnect.testsupport.container;

import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import org.wildfly.security.auth.server.SecurityIdentity;

import javax.naming.InitialContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.logging.Logger;

/**
 * Runs an authorization matrix of boundary methods: each row called by each {@link Principal}
 * with couple 1's ids of a {@link MatrixWorld} (and, where it takes ids, with ids that do not
 * exist, to compare), each call in a transaction of its own that is rolled back. Nothing a call
 * writes stays for the next one, except what the application keeps on purpose when it refuses
 * in a transaction of its own (the audit of a denial). Mail and ended sessions wait for a commit
 * that never comes.
 *
 * <p>The letters, one per principal:
 * <ul>
 *   <li>{@code R}: the container refuses the role ({@code EJBAccessException});</li>
 *   <li>{@code N}: not found: a refusal or an empty answer, exactly the one an id that does not
 *       exist gets (same kind; for a refusal the same key, field and arguments), showing nothing
 *       of couple 1;</li>
 *   <li>{@code A}: allowed: the access check let the caller through. The call succeeded, or was
 *       refused for another reason than access (a rule of the domain, invalid input), and with
 *       couple 1's ids it does not get the answer of a missing id. In a row that has {@code a}
 *       too, the answer must show couple 1;</li>
 *   <li>{@code a}: allowed, for a method that takes no id and answers from the caller's own scope
 *       (a caseload, the partner's own couple): the answer shows nothing of couple 1.</li>
 * </ul>
 * Whatever the letter, clinical text (couple 1's session and screening notes) reaches its
 * therapist only, partner A's shared entry the couple and their therapist, and her self-care
 * journal herself and the therapist.
 */
public final class BoundaryMatrix {

    private static final Logger LOG = Logger.getLogger(BoundaryMatrix.class.getName());

    private BoundaryMatrix() {
    }

    @FunctionalInterface
    public interface Call {
        Object call(MatrixWorld ids) throws Exception;
    }

    @FunctionalInterface
    public interface VoidCall {
        void call() throws Exception;
    }

    /**
     * One method ({@code Class.method}), its letter per principal, how to call it, whether it takes
     * couple 1's ids, and how to tell that an answer shows couple 1 (by default {@link Mentions}).
     */
    public record Row(String method, String expected, boolean withIds, Call call, BiPredicate<Object, MatrixWorld> shows) {

        public Row {
            expected = Principal.letters(expected, "RNAa", method);
            if (!withIds && expected.contains("N")) {
                throw new IllegalArgumentException(method + ": only a method called with ids can answer as for a missing one");
            }
        }

        public char expected(Principal who) {
            return expected.charAt(who.ordinal());
        }

        /** The same row, telling that an answer shows couple 1 by {@code test}. */
        public Row showing(BiPredicate<Object, MatrixWorld> test) {
            return new Row(method, expected, withIds, call, test);
        }
    }

    /** A method called with couple 1's ids, and with missing ones to compare. */
    public static Row ids(String method, String expected, Call call) {
        return new Row(method, expected, true, call, Mentions::coupleOne);
    }

    /** A method that takes no record id of couple 1: called once per principal. */
    public static Row plain(String method, String expected, Call call) {
        return new Row(method, expected, false, call, Mentions::coupleOne);
    }

    /** What a call of a void method answers. */
    public static Object done(VoidCall call) throws Exception {
        call.call();
        return Outcome.DONE;
    }

    /** A fresh copy of a form for each call: a local call hands the boundary the object itself. */
    @SuppressWarnings("unchecked")
    public static <T extends Serializable> T copy(T form) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(form);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    /** Runs the table, logs what each principal got, and answers a line for every cell that broke its letter. */
    public static List<String> run(List<Row> table, MatrixWorld world) throws Exception {
        MatrixWorld missing = world.missing();
        Map<Principal, SecurityIdentity> identities = new EnumMap<>(Principal.class);
        for (Principal who : Principal.values()) {
            if (who != Principal.ANONYMOUS) {
                identities.put(who, RunAs.identity(who.email(world), RunAs.DEMO_PASSWORD));
            }
        }
        List<String> failures = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StringBuilder got = new StringBuilder();
        for (Row row : table) {
            StringBuilder letters = new StringBuilder();
            Map<Principal, Outcome> answers = new EnumMap<>(Principal.class);
            for (Principal who : Principal.values()) {
                Outcome answer = call(identities.get(who), row, world);
                Outcome forMissing = row.withIds() ? call(identities.get(who), row, missing) : null;
                String problem = problem(row, row.expected(who), answer, forMissing, world);
                if (problem == null) {
                    problem = secretShown(who, answer, world, seen);
                }
                if (problem != null) {
                    failures.add(row.method() + " as " + who + ": " + problem);
                }
                answers.put(who, answer);
                letters.append(problem == null ? row.expected(who) : '!').append(' ');
            }
            got.append(String.format("%-48s %s %s%n", row.method(), letters, answers.values()));
        }
        for (MatrixWorld.Secret secret : world.secrets()) {
            if (!seen.contains(secret.what())) {
                failures.add("no answer showed " + secret.what() + ", not even to those who may read it: "
                        + "the check that nobody else sees it would be blind");
            }
        }
        LOG.info(() -> "Boundary matrix, " + table.size() + " methods, letters for " + Principal.ORDER
                + " (! where the answer broke the letter), and the answers:\n" + got);
        return failures;
    }

    /** Why an answer breaks the letter, or {@code null} when it keeps it. */
    private static String problem(Row row, char expected, Outcome answer, Outcome forMissing, MatrixWorld world) {
        if (answer.kind() == Outcome.Kind.ERROR) {
            return "expected " + expected + ", got an unexpected " + answer;
        }
        boolean asForMissing = row.withIds() && answer.saysNothing() && answer.sameAs(forMissing);
        boolean shows = answer.value() != null && row.shows().test(answer.value(), world);
        boolean rowTellsSeenFromUnseen = row.expected().contains("a");
        return switch (expected) {
            case 'R' -> answer.kind() == Outcome.Kind.ROLE ? null : "expected the container to refuse the role, got " + answer;
            case 'N' -> asForMissing && !shows ? null
                    : "expected the answer a missing id gets (" + forMissing + "), got " + answer
                    + (shows ? ", showing couple 1" : "");
            case 'A' -> answer.kind() == Outcome.Kind.ROLE ? "expected to be let through, but the container refused the role"
                    : asForMissing ? "expected to be let through, got the answer of a missing id: " + answer
                    : rowTellsSeenFromUnseen && !shows ? "expected to see couple 1, got " + answer : null;
            case 'a' -> answer.kind() == Outcome.Kind.ROLE || answer.kind() == Outcome.Kind.REFUSED
                    ? "expected an answer from the caller's own scope, got " + answer
                    : shows ? "expected nothing of couple 1, got " + answer + " showing couple 1" : null;
            default -> throw new IllegalStateException("letter " + expected);
        };
    }

    /** Why the answer shows a text the principal may not read, or {@code null}; notes in {@code seen} which texts were shown. */
    private static String secretShown(Principal who, Outcome answer, MatrixWorld world, Set<String> seen) {
        Object shown = answer.value() == null ? answer.detail() : List.of(answer.value(), answer.detail());
        for (MatrixWorld.Secret secret : world.secrets()) {
            if (Mentions.text(shown, secret.text())) {
                if (!secret.reads().test(who)) {
                    return "the answer shows " + secret.what() + ": " + answer;
                }
                seen.add(secret.what());
            }
        }
        return null;
    }

    /** One call as one principal (anonymous: no identity), in a transaction that is rolled back. */
    @SuppressWarnings("deprecation") // the same runAs as RunAs.user
    private static Outcome call(SecurityIdentity identity, Row row, MatrixWorld ids) throws Exception {
        PrivilegedExceptionAction<Outcome> cell = () -> {
            UserTransaction transaction = InitialContext.doLookup("java:comp/UserTransaction");
            transaction.begin();
            try {
                return Outcome.of(row.call().call(ids));
            } catch (Exception e) {
                return Outcome.of(e);
            } finally {
                if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
            }
        };
        try {
            return identity == null ? cell.run() : identity.runAs(cell);
        } catch (PrivilegedActionException e) {
            throw e.getException();
        }
    }
}

package org.reconnect.shared.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The boundary checked a form again (never trusting the page) and found problems. Each names
 * the field ("partner1.email") and says, in words for the person, what is wrong. Nothing is
 * saved: the transaction rolls back.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One problem with one field. */
    public record Problem(String field, String message) implements java.io.Serializable {
    }

    private final List<Problem> problems;

    public InvalidInput(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public static <T> void throwIfAny(Set<ConstraintViolation<T>> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations.stream()
                    .map(v -> new Problem(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(Problem::field))
                    .toList());
        }
    }

    public List<Problem> getProblems() {
        return problems;
    }
}

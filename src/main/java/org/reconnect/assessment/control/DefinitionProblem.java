package org.reconnect.assessment.control;

import java.util.List;

/**
 * One thing wrong with an instrument definition: a message key ({@code definition.*} in the
 * message bundle) and its arguments, e.g. {@code definition.bandOverlap} with 3 and 2 for
 * "band 3 overlaps band 2".
 */
public record DefinitionProblem(String key, List<Object> arguments) {

    public DefinitionProblem {
        arguments = List.copyOf(arguments);
    }

    static DefinitionProblem of(String key, Object... arguments) {
        return new DefinitionProblem("definition." + key, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}

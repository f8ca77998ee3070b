package org.reconnect.program.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/** The program's values for selects: its step numbers. */
@Named
@ApplicationScoped
public class ProgramChoices {

    /** The program's step numbers, 1 to 9. */
    public List<Integer> getSteps() {
        return List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
    }
}

package org.reconnect.program.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.reconnect.homework.boundary.StepPractices;
import org.reconnect.homework.entity.HomeworkType;
import org.reconnect.program.entity.ProgramStep;

import java.util.List;

/** The program's answer to homework's question: which kinds of homework each step uses. */
@Dependent
public class ProgramPractices implements StepPractices {

    @PersistenceContext(unitName = "reconnect")
    EntityManager em;

    @Override
    public List<HomeworkType> of(int step) {
        ProgramStep found = em.find(ProgramStep.class, step);
        return found == null ? List.of() : found.getHomeworkTypes().stream().sorted().toList();
    }
}

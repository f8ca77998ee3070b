package org.reconnect.clinic.entity;

import java.util.List;

/**
 * The note formats therapists are trained in, each naming the sections it uses (of four
 * columns: 1 to 4). DAP has no second section.
 */
public enum NoteTemplate {
    SOAP(List.of(1, 2, 3, 4)),
    DAP(List.of(1, 3, 4)),
    BIRP(List.of(1, 2, 3, 4));

    private final List<Integer> sections;

    NoteTemplate(List<Integer> sections) {
        this.sections = sections;
    }

    public List<Integer> getSections() {
        return sections;
    }

    public boolean uses(int section) {
        return sections.contains(section);
    }
}

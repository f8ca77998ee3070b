package org.reconnect;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A query is an arrow too. JPQL names entities in text ({@code from Couple c}), which the
 * class-level rules of {@link ArchitectureTest} cannot see; this test reads the production
 * sources, takes every entity a query's text names after {@code from}, {@code join} or
 * {@code update}, and adds an arrow from the query's capability to the entity's. Together with
 * the arrows of the classes, the capabilities must still depend on each other one way only: a
 * capability may read the tables of one below it (homework counts a couple's partners), never of
 * one above it (the audit report asks the couple capability for case numbers through
 * {@code CaseNumbers}).
 */
class QueryArrowsTest {

    private static final Pattern STRING = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern NAMED = Pattern.compile("\\b(?:from|join|update)\\s+([A-Z]\\w*)\\b", Pattern.CASE_INSENSITIVE);
    private static final Path SOURCES = Path.of("src", "main", "java", "org", "reconnect");

    private static JavaClasses production;
    private static final Map<String, String> CAPABILITY_OF_ENTITY = new HashMap<>();

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reconnect");
        for (JavaClass type : production) {
            if (type.isAnnotatedWith("jakarta.persistence.Entity")) {
                CAPABILITY_OF_ENTITY.put(type.getSimpleName(), capability(type.getPackageName()));
            }
        }
    }

    @Test
    void queriesDependOnCapabilitiesOneWayOnly() throws IOException {
        Map<String, Set<String>> arrows = new TreeMap<>();
        for (JavaClass type : production) {
            String from = capability(type.getPackageName());
            for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                String to = capability(dependency.getTargetClass().getPackageName());
                if (from != null && to != null && !from.equals(to)) {
                    arrows.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
                }
            }
        }
        Map<String, List<String>> queryArrows = queryArrows();
        queryArrows.forEach((arrow, where) -> {
            String[] ends = arrow.split(" -> ");
            arrows.computeIfAbsent(ends[0], k -> new TreeSet<>()).add(ends[1]);
        });
        List<String> circles = new ArrayList<>();
        queryArrows.forEach((arrow, where) -> {
            String[] ends = arrow.split(" -> ");
            if (reaches(arrows, ends[1], ends[0], new HashSet<>())) {
                circles.add(arrow + ", named in " + where + ", while " + ends[1] + " already depends on " + ends[0]);
            }
        });
        if (!circles.isEmpty()) {
            fail("queries that read the tables of a capability above their own:\n  " + String.join("\n  ", circles));
        }
    }

    @Test
    void theScanFindsTheQueries() throws IOException {
        // a scan that finds nothing passes whatever the code does
        assertTrue(CAPABILITY_OF_ENTITY.containsKey("Couple") && CAPABILITY_OF_ENTITY.size() > 15, CAPABILITY_OF_ENTITY.toString());
        Map<String, List<String>> arrows = queryArrows();
        assertTrue(arrows.containsKey("homework -> couple"), arrows.keySet().toString());
        assertEquals(List.of("Intake.java"), arrows.get("couple -> security").stream().distinct().toList(),
                "one query of couple reads accounts, at intake");
        assertTrue(arrows.keySet().stream().noneMatch(a -> a.startsWith("audit ->")), arrows.keySet().toString());
    }

    /** "from -> to" with the source files whose query text names an entity of {@code to}. */
    private static Map<String, List<String>> queryArrows() throws IOException {
        Map<String, List<String>> arrows = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String from = file.getNameCount() > SOURCES.getNameCount() + 1
                        ? file.getName(SOURCES.getNameCount()).toString() : null;
                if (from == null || from.equals("shared") || from.equals("dev")) {
                    continue;
                }
                Matcher string = STRING.matcher(Files.readString(file));
                while (string.find()) {
                    String text = string.group(1) != null ? string.group(1) : string.group(2);
                    Matcher named = NAMED.matcher(text);
                    while (named.find()) {
                        String to = CAPABILITY_OF_ENTITY.get(named.group(1));
                        if (to != null && !to.equals(from)) {
                            arrows.computeIfAbsent(from + " -> " + to, k -> new ArrayList<>()).add(file.getFileName().toString());
                        }
                    }
                }
            }
        }
        return arrows;
    }

    private static boolean reaches(Map<String, Set<String>> arrows, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : arrows.getOrDefault(from, Set.of())) {
            if (reaches(arrows, next, to, seen)) {
                return true;
            }
        }
        return false;
    }

    /** The capability of a package of ours ({@code org.reconnect.<capability>...}), or {@code null}. */
    private static String capability(String packageName) {
        if (!packageName.startsWith("org.reconnect.")) {
            return null;
        }
        String rest = packageName.substring("org.reconnect.".length());
        int dot = rest.indexOf('.');
        String name = dot < 0 ? rest : rest.substring(0, dot);
        return name.equals("dev") ? null : name;
    }
}

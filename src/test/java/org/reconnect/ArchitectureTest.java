package org.reconnect;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of the production code, checked on its classes: in every capability (and in
 * {@code shared}) web uses boundary, boundary uses control and entity, control uses entity, and
 * nothing points back up; {@code shared} uses no capability; a capability uses another only through
 * that one's boundary (and the entity types its boundary speaks in), never its control or web; and
 * no two capabilities depend on each other, directly or round a circle. Where a lower capability
 * needs an answer only a higher one has, it declares a small interface in its boundary and the
 * higher one implements it ({@code StepPractices}, {@code TwoStepPolicy}, {@code Caseloads}, {@code CaseNumbers},
 * {@code SessionRecords}, {@code DigestSource}). A change that breaks a rule fails the build with
 * the classes and the line that do.
 */
class ArchitectureTest {

    private static final List<String> NAMES = List.of("assessment", "audit", "clinic", "couple", "homework", "interop", "messaging", "notes",
            "overview", "program", "reminders", "schedule", "security");

    private static final String[] CAPABILITIES = NAMES.stream().map(n -> "org.reconnect." + n + "..").toArray(String[]::new);

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.reconnect");
    }

    @Test
    void entitiesUseNoControlBoundaryOrWeb() {
        check(noClasses().that().resideInAPackage("..entity..")
                .should().dependOnClassesThat().resideInAnyPackage("..control..", "..boundary..", "..web..")
                .because("an entity guards its own invariants; rules over several entities live in control, which uses entities"));
    }

    @Test
    void controlUsesNoBoundaryOrWeb() {
        check(noClasses().that().resideInAPackage("..control..")
                .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..web..")
                .because("control holds rules a unit test covers without a container"));
    }

    @Test
    void boundariesUseNoWeb() {
        check(noClasses().that().resideInAPackage("..boundary..")
                .should().dependOnClassesThat().resideInAPackage("..web..")
                .because("a boundary serves pages, timers and tests alike"));
    }

    @Test
    void sharedUsesNoCapability() {
        check(noClasses().that().resideInAPackage("org.reconnect.shared..")
                .should().dependOnClassesThat().resideInAnyPackage(CAPABILITIES)
                .because("shared is at the bottom; capabilities observe its events (SchemaMigrated) instead"));
    }

    @Test
    void aCapabilityUsesAnotherOnlyThroughItsBoundary() {
        for (String name : NAMES) {
            String[] othersInsides = NAMES.stream().filter(n -> !n.equals(name))
                    .flatMap(n -> java.util.stream.Stream.of("org.reconnect." + n + ".control..", "org.reconnect." + n + ".web.."))
                    .toArray(String[]::new);
            check(noClasses().that().resideInAPackage("org.reconnect." + name + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(othersInsides)
                    .because("a capability's rules and pages are its own; others ask its boundary"));
        }
    }

    @Test
    void capabilitiesDependOnEachOtherOneWayOnly() {
        check(slices().matching("org.reconnect.(*)..").should().beFreeOfCycles()
                .because("each arrow between capabilities points one way: shared < audit < security < clinic < couple"
                        + " < reminders < homework < program, assessment, schedule, messaging < notes < overview, interop"));
    }

    @Test
    void aViewIsAFacesBean() {
        check(classes().that().haveSimpleNameEndingWith("View")
                .should().resideInAPackage("..web..")
                .because("*View names a Faces bean; a boundary's read model is a *Row, *Details, *Summary or *Sheet"));
    }

    @Test
    void theRulesSeeTheProductionCode() {
        // a rule over no classes passes whatever the code does: make sure each room is there
        for (String room : new String[] {"web", "boundary", "control", "entity"}) {
            if (production.stream().noneMatch(c -> c.getPackageName().endsWith("." + room))) {
                throw new AssertionError("no production class in any ." + room + " package: the import found nothing");
            }
        }
    }

    private static void check(ArchRule rule) {
        rule.check(production);
    }
}

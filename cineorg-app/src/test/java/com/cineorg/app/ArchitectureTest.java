package com.cineorg.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the hexagon, as allow-lists. Maven module edges catch most mistakes at compile time;
 * these rules catch what Maven cannot see (packages, forbidden JDK APIs).
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar") && !location.contains("/test-classes/"))
                .importPackages("com.cineorg");
    }

    @Test
    void domainDependsOnTheJdkOnly() {
        // java-string-similarity is a pure algorithm library (no I/O, no framework); issue 4 builds the domain's
        // title matching on it.
        classes().that().resideInAPackage("com.cineorg.domain..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.cineorg.domain..", "info.debatty.java.stringsimilarity..")
                .check(classes);
    }

    @Test
    void domainDoesNoIo() {
        noClasses().that().resideInAPackage("com.cineorg.domain..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.nio.file.Files")
                .orShould().dependOnClassesThat().resideInAnyPackage("java.net..", "java.sql..", "java.io..")
                .check(classes);
    }

    @Test
    void applicationDependsOnDomainOnly() {
        classes().that().resideInAPackage("com.cineorg.application..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "com.cineorg.domain..", "com.cineorg.application..")
                .check(classes);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        String[][] adapters = {
            {"com.cineorg.adapter.cli.."},
            {"com.cineorg.adapter.api.."},
            {"com.cineorg.adapter.persistence.."},
            {"com.cineorg.adapter.metadata.."},
        };
        for (String[] adapter : adapters) {
            noClasses().that().resideInAPackage(adapter[0])
                    .should().dependOnClassesThat().resideInAnyPackage(others(adapters, adapter[0]))
                    .check(classes);
        }
    }

    @Test
    void adaptersDoNotUseApplicationServices() {
        noClasses().that().resideInAPackage("com.cineorg.adapter..")
                .should().dependOnClassesThat().resideInAPackage("com.cineorg.application..")
                .check(classes);
    }

    @Test
    void onlyTheAppKnowsAdapters() {
        classes().that().resideInAPackage("com.cineorg.adapter..")
                .should().onlyHaveDependentClassesThat()
                .resideInAnyPackage("com.cineorg.adapter..", "com.cineorg.app..")
                .check(classes);
    }

    @Test
    void jakartaPersistenceOnlyInThePersistenceAdapter() {
        noClasses().that().resideOutsideOfPackage("com.cineorg.adapter.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .check(classes);
    }

    private static String[] others(String[][] all, String self) {
        return java.util.Arrays.stream(all).map(a -> a[0]).filter(p -> !p.equals(self)).toArray(String[]::new);
    }
}

package com.scorecardstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering the folders promise, in one place: who may talk SQL, who may touch JavaFX, and no cycles. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.scorecardstudio");

    private static final String ROOT = "com.scorecardstudio.";

    /** Everything below the views: the command line uses all of it without a display. */
    private static final String[] HEADLESS = {ROOT + "domain..", ROOT + "db..", ROOT + "excel..", ROOT + "deck..", ROOT + "report..",
        ROOT + "clientimport..", ROOT + "sessionfile..", ROOT + "cli..", ROOT + "config..", ROOT + "i18n..",
        ROOT + "demo..", ROOT + "util.."};

    @Test
    void logicDoesNotDependOnTheUi() {
        noClasses().that().resideInAnyPackage(HEADLESS)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "ui..", "javafx..")
                .check(CLASSES);
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage(ROOT + "domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..",
                        "org.apache.poi..", ROOT + "db..", ROOT + "i18n..")
                .check(CLASSES);
    }

    @Test
    void onlyTheDatabasePackageTalksSql() {
        noClasses().that().resideOutsideOfPackage(ROOT + "db..")
                // the one class left to move: session files become a mapper between their JSON and the domain
                .and().doNotHaveFullyQualifiedName(ROOT + "sessionfile.SessionFiles")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..")
                .check(CLASSES);
    }

    @Test
    void reportsAndImportsAreGivenTheirData() {
        // the summary and the client-file reading read nothing themselves; the command line and the app share them
        noClasses().that().resideInAnyPackage(ROOT + "report..", ROOT + "clientimport..")
                .and().doNotHaveSimpleName("SummaryReport").and().doNotHaveSimpleName("ClientImport")
                .and().doNotHaveSimpleName("ClientImporter")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "db..")
                .check(CLASSES);
    }

    @Test
    void thePackagesHaveNoCycles() {
        slices().matching("com.scorecardstudio.(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}

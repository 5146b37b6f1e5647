package com.scorecardstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
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
        ROOT + "clientimport..", ROOT + "checkinbook..", ROOT + "sessionfile..", ROOT + "cli..", ROOT + "config..", ROOT + "i18n..",
        ROOT + "demo..", ROOT + "util.."};

    @Test
    void logicDoesNotDependOnTheUi() {
        noClasses().that().resideInAnyPackage(HEADLESS)
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "ui..", "javafx..")
                .check(CLASSES);
    }

    @Test
    void theOpenSessionIsAModelWithoutAScreen() {
        // observable values and lists (javafx.beans, javafx.collections) yes; nodes, windows, timers no
        noClasses().that().resideInAPackage(ROOT + "session..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..",
                        "javafx.animation..", "org.jooq..", "java.sql..", ROOT + "ui..")
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
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.h2..", "org.flywaydb..", "org.postgresql..")
                .check(CLASSES);
    }

    @Test
    void theViewsNeverTouchTheDatabase() {
        // they hold the session's model and the library; what the database refuses reaches them as its exceptions
        noClasses().that().resideInAPackage(ROOT + "ui..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(ROOT + "db..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.assignableTo(Exception.class))))
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

package com.scorecardstudio;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering the folders promise: logic never depends on the UI, the domain on nothing heavy. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.scorecardstudio");

    @Test
    void logicDoesNotDependOnTheUi() {
        noClasses().that().resideInAnyPackage("..domain..", "..db..", "..export..", "..cli..", "..config..", "..i18n..", "..demo..", "..portable..")
                .should().dependOnClassesThat().resideInAnyPackage("com.scorecardstudio.ui..", "javafx.scene..", "javafx.application..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void theDomainIsPlainJava() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.jooq..", "java.sql..", "org.apache.poi..")
                .check(CLASSES);
    }

    @Test
    void theCommandLineNeverTouchesJavaFx() {
        noClasses().that().resideInAPackage("..cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }
}

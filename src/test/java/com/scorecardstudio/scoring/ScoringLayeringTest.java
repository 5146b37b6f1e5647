package com.scorecardstudio.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Client scoring keeps the layering: import and reports are plain Java that the command line can use. */
class ScoringLayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.scorecardstudio");

    @Test
    void importAndReportsNeverTouchJavaFxOrTheUi() {
        noClasses().that().resideInAPackage("com.scorecardstudio.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.scorecardstudio.ui..")
                .check(CLASSES);
    }

    @Test
    void theScoringViewsReachTheDatabaseOnlyThroughTheService() {
        noClasses().that().resideInAPackage("com.scorecardstudio.ui.scoring..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "org.apache.poi..",
                        "org.apache.commons.csv..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}

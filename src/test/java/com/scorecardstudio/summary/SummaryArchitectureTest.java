package com.scorecardstudio.summary;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The summary is plain Java: the command line and the GUI both use it, and it reads nothing itself. */
class SummaryArchitectureTest {
    @Test
    void theSummaryNeedsNeitherTheUiNorTheDatabase() {
        noClasses().that().resideInAPackage("com.scorecardstudio.summary..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.scorecardstudio.ui..",
                        "org.jooq..", "java.sql..", "com.scorecardstudio.db..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("com.scorecardstudio.summary"));
    }
}

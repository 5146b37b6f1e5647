package com.scorecardstudio.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.scorecardstudio.AppContext;
import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.config.Settings;
import com.scorecardstudio.testing.AppHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The export from the workspace: the button opens the dialog, passwords must match, the workbook is written and can be opened. */
@ExtendWith(ApplicationExtension.class)
class ExportDialogUiTest {
    @TempDir
    Path dir;

    private AppHarness app;

    @Start
    void start(Stage stage) {
        app = new AppHarness(stage, dir.resolve("home"));
    }

    @AfterEach
    void stop(FxRobot robot) {
        app.shutdown(robot);
    }

    @Test
    void exportsTheOpenSessionFromTheWorkspace(FxRobot robot) throws Exception {
        String title = app.launchOnDemo(robot);

        robot.clickOn("#sessionExport");
        waitUntil(() -> shown(robot, "#exportChoose"));
        robot.clickOn("#exportPassword").write("one");
        robot.clickOn("#exportPasswordConfirm").write("two");
        robot.clickOn("#exportChoose"); // refused before any file chooser opens
        waitUntil(() -> status(robot).contains("differ"));

        robot.interact(() -> robot.lookup("#exportPasswordConfirm").queryAs(javafx.scene.control.PasswordField.class).setText("one"));
        Path target = dir.resolve("plan.xlsx");
        Node choose = robot.lookup("#exportChoose").query();
        robot.interact(() -> dialogOf(choose).exportTo(target));
        waitUntil(() -> shown(robot, "#exportOpen"));
        assertThat(status(robot)).isEqualTo("Saved to " + target);
        assertThat(Files.exists(target)).isTrue();
        try (Workbook wb = WorkbookFactory.create(target.toFile(), "one", true)) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(9); // the dashboard first, then the eight sheets
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo(title);
        }
    }

    @Test
    void savesTheOpenSessionAsAnEditableDeck(FxRobot robot) throws Exception {
        Path target = dir.resolve("board deck"); // the extension is added
        app.useFileDialogs(new com.scorecardstudio.ui.common.FileDialogs() {
            @Override
            public java.util.Optional<Path> open(javafx.stage.Window owner, String title, String filterText, String pattern) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Path> save(javafx.stage.Window owner, String title, String filterText, String pattern,
                                                 String initialName) {
                assertThat(initialName).endsWith(".pptx");
                return java.util.Optional.of(target);
            }
        });
        String title = app.launchOnDemo(robot);
        robot.clickOn("#nav-export");
        waitUntil(() -> shown(robot, "#exportDeck"));
        robot.clickOn("#exportDeck");
        waitUntil(() -> shown(robot, "#deckOpen"));
        Path written = dir.resolve("board deck.pptx");
        assertThat(robot.lookup("#deckStatus").queryAs(Label.class).getText()).isEqualTo("The deck is saved: " + written);
        try (var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(written))) {
            assertThat(deck.getSlides().size()).isGreaterThan(8);
            String first = deck.getSlides().get(0).getShapes().stream()
                    .filter(sh -> sh instanceof org.apache.poi.xslf.usermodel.XSLFTextShape)
                    .map(sh -> ((org.apache.poi.xslf.usermodel.XSLFTextShape) sh).getText()).reduce("", String::concat);
            assertThat(first).contains(title);
            // arrows glued to the cards, for PowerPoint, unless asked otherwise
            assertThat(mapLinks(deck)).isNotEmpty().allMatch(sh -> sh instanceof org.apache.poi.xslf.usermodel.XSLFConnectorShape);
        }
        // for LibreOffice: the box cleared, the map's arrows are drawn, attached to nothing (the same file
        // written again, whole: read until it is the new one)
        Node open = robot.lookup("#deckOpen").query();
        robot.interact(() -> open.getScene().getWindow().hide());
        robot.clickOn("#deckGlued");
        robot.clickOn("#exportDeck");
        waitUntil(() -> {
            try (var deck = new org.apache.poi.xslf.usermodel.XMLSlideShow(Files.newInputStream(written))) {
                return !mapLinks(deck).isEmpty()
                        && mapLinks(deck).stream().allMatch(sh -> sh instanceof org.apache.poi.xslf.usermodel.XSLFAutoShape);
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }

    private static java.util.List<org.apache.poi.xslf.usermodel.XSLFShape> mapLinks(org.apache.poi.xslf.usermodel.XMLSlideShow deck) {
        return deck.getSlides().stream().flatMap(s -> s.getShapes().stream()).filter(sh -> sh.getShapeName().startsWith("Link ")).toList();
    }

    private static ExportDialog dialogOf(Node node) {
        return (ExportDialog) node.getScene().getRoot().getProperties().get(ExportDialog.class);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#exportStatus").queryAs(Label.class).getText();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().filter(Node::isVisible).isPresent();
    }

}

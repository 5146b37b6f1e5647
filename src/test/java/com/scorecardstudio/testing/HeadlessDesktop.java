package com.scorecardstudio.testing;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * Does for the window tests what a desktop's window manager does and headless Monocle does not.
 *
 * <p>Monocle sends key presses to the window it holds as focused, and drops them when there is none.
 * When the focused window closes (a dialog, the room view), it forgets it and gives the focus to no
 * one, so every later key press in the JVM went nowhere: a test that typed Ctrl+3 after another test
 * had closed a dialog waited for a page that never came. Here, as on a desktop, the focus goes back to
 * the topmost window still showing; and each window test starts with only the test window showing,
 * focused, whatever the test before it left open.
 *
 * <p>Registered for every test (auto-detected, see {@code junit-platform.properties}); it acts only for
 * classes that drive a window through TestFX, and only on the headless platform.
 */
public final class HeadlessDesktop implements BeforeEachCallback, AfterEachCallback {
    private static final AtomicBoolean installed = new AtomicBoolean();
    /** The "Something went wrong" dialog the app showed during the running test, if it did. */
    private static final java.util.concurrent.atomic.AtomicReference<String> unexpected =
            new java.util.concurrent.atomic.AtomicReference<>();

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!Boolean.getBoolean("testfx.headless") || !drivesAWindow(context.getRequiredTestClass())) {
            return;
        }
        Stage primary = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            if (installed.compareAndSet(false, true)) {
                Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                    while (change.next()) {
                        change.getAddedSubList().forEach(HeadlessDesktop::noteUnexpected);
                        // a window shown takes the focus, as on a desktop
                        change.getAddedSubList().stream().filter(w -> !(w instanceof PopupWindow))
                                .forEach(w -> Platform.runLater(() -> {
                                    if (w.isShowing()) {
                                        w.requestFocus();
                                    }
                                }));
                        if (change.wasRemoved()) {
                            // after the closing window has finished closing
                            Platform.runLater(HeadlessDesktop::focusTopmost);
                        }
                    }
                });
            }
            for (Window window : List.copyOf(Window.getWindows())) {
                if (window != primary && window.isShowing()) {
                    window.hide();
                }
            }
            if (primary.isShowing()) {
                primary.requestFocus();
            }
        });
    }

    /**
     * A window test fails when the app showed its "Something went wrong" dialog during it: that dialog
     * reports a defect, whatever the test itself checked (and it would take the next test's keys).
     */
    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (!Boolean.getBoolean("testfx.headless") || !drivesAWindow(context.getRequiredTestClass())) {
            return;
        }
        FxToolkit.setupFixture(() -> { }); // the FX events of the test's end are through
        String failure = unexpected.getAndSet(null);
        if (failure != null) {
            throw new AssertionError("The app reported an unexpected failure during the test: " + failure);
        }
    }

    private static void noteUnexpected(Window window) {
        if (window.getScene() != null
                && window.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane
                && pane.getStyleClass().contains(com.scorecardstudio.ui.common.ErrorReporter.UNEXPECTED)) {
            unexpected.compareAndSet(null, pane.getContentText() + (pane.getExpandableContent()
                    instanceof javafx.scene.control.TextArea trace ? "\n" + trace.getText() : ""));
        }
    }

    private static void focusTopmost() {
        List<Window> showing = Window.getWindows().stream()
                .filter(w -> w.isShowing() && !(w instanceof PopupWindow))
                .toList();
        // JavaFX may still hold a window as focused that Monocle no longer does: asked again regardless
        if (!showing.isEmpty()) {
            showing.getLast().requestFocus();
        }
    }

    /** The windows as the platform holds them, for a test's failure message. */
    public static String describe() {
        java.util.function.Supplier<String> what = () -> Window.getWindows().stream()
                .map(w -> String.format(java.util.Locale.ROOT, "%s%s%s at %.0f,%.0f %.0fx%.0f root %s",
                        w.getClass().getSimpleName(), w.isShowing() ? " showing" : " hidden",
                        w.isFocused() ? " focused" : "", w.getX(), w.getY(), w.getWidth(), w.getHeight(),
                        w.getScene() == null ? "-" : w.getScene().getRoot().getClass().getSimpleName()
                                + "#" + w.getScene().getRoot().getId()
                                + (w.getScene().getRoot() instanceof javafx.scene.control.DialogPane pane
                                        ? " '" + pane.getHeaderText() + "' '" + pane.getContentText() + "' "
                                                + (pane.getContent() == null ? "" : pane.getContent().getId())
                                        : "")))
                .toList().toString();
        if (Platform.isFxApplicationThread()) {
            return what.get();
        }
        java.util.concurrent.CompletableFuture<String> answer = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> answer.complete(what.get()));
        try {
            return answer.get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            return "(the FX thread did not answer: " + e + ")";
        }
    }

    private static boolean drivesAWindow(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            boolean drives = AnnotationSupport.findRepeatableAnnotations(c, ExtendWith.class).stream()
                    .flatMap(e -> java.util.Arrays.stream(e.value()))
                    .anyMatch(ApplicationExtension.class::equals);
            if (drives) {
                return true;
            }
        }
        return false;
    }
}

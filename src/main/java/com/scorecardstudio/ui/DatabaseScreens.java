package com.scorecardstudio.ui;

import com.scorecardstudio.config.AppPaths;
import com.scorecardstudio.db.DatabaseOpenException;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.library.Libraries;
import com.scorecardstudio.library.Library;
import com.scorecardstudio.session.TaskRunner;
import com.scorecardstudio.ui.common.ErrorReporter;
import com.scorecardstudio.ui.home.BackupsDialog;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opening the database file and what happens when that goes wrong: the opening screen, the password
 * of an encrypted file, the problem screen with its ways out, another file, and one restore flow for
 * a backup — of a file that would not open, or of the open one from the backups list.
 */
public final class DatabaseScreens {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseScreens.class);

    private final AppFrame frame;
    private final Libraries libraries;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Function<Path, Optional<CompletableFuture<Library.Opened>>> early;
    private final Consumer<Library.Opened> onOpened;
    private final Runnable onClosing;
    private Path file;
    private Library open;

    /**
     * @param early     the open already under way for a file at start-up, if any (taken once)
     * @param onOpened  told when a file is open (with its session list when it was read with it)
     * @param onClosing told before the open file is closed to restore a backup over it
     */
    public DatabaseScreens(AppFrame frame, Libraries libraries, TaskRunner tasks, ErrorReporter errors, Path file,
                           Function<Path, Optional<CompletableFuture<Library.Opened>>> early,
                           Consumer<Library.Opened> onOpened, Runnable onClosing) {
        this.frame = frame;
        this.libraries = libraries;
        this.tasks = tasks;
        this.errors = errors;
        this.file = file;
        this.early = early;
        this.onOpened = onOpened;
        this.onClosing = onClosing;
    }

    /** The file opened last, or to be opened. */
    public Path file() {
        return file;
    }

    /** The open library, or null while none is. */
    public Library library() {
        return open;
    }

    /** Shows the opening screen and opens the file off the FX thread. */
    public void open() {
        Path target = file;
        Optional<CompletableFuture<Library.Opened>> started = early.apply(target);
        if (started.isPresent() && started.get().isDone() && !started.get().isCompletedExceptionally()) {
            opened(started.get().join()); // opened while the window came up: the list at once, no spinner
            return;
        }
        Messages messages = frame.messages();
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(48, 48);
        VBox opening = new VBox(16, spinner, new Label(messages.get("db.opening")));
        opening.setId("openingView");
        opening.setAlignment(Pos.CENTER);
        frame.show(opening, this::open);
        if (started.isPresent()) {
            started.get().whenComplete((opened, e) -> Platform.runLater(() -> {
                if (e == null) {
                    opened(opened);
                } else {
                    failed(e instanceof CompletionException c && c.getCause() != null ? c.getCause() : e);
                }
            }));
            return;
        }
        Optional<java.util.concurrent.Callable<Library>> opener = opening(target);
        if (opener.isEmpty()) {
            frame.quit();
            return;
        }
        tasks.run(opener.get(), library -> opened(new Library.Opened(library, null)), this::failed);
    }

    /**
     * Opening {@code target} on the database thread, with its password asked first when it is
     * encrypted (and wiped once used); empty when the user cancelled the question.
     */
    private Optional<java.util.concurrent.Callable<Library>> opening(Path target) {
        Optional<char[]> password = Optional.empty();
        if (Libraries.isEncrypted(AppPaths.databaseFile(target.toString()))) {
            password = askPassword();
            if (password.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<char[]> given = password;
        return Optional.of(() -> {
            try {
                return libraries.open(target, given);
            } finally {
                given.ifPresent(p -> Arrays.fill(p, '\0'));
            }
        });
    }

    private void opened(Library.Opened opened) {
        open = opened.library();
        frame.showDatabase(open.file());
        onOpened.accept(opened);
        // once the home list is drawn, ahead of any write on the database thread
        frame.afterNextFrame(() -> checkAndBackUp(opened.library()));
    }

    /**
     * The full integrity scan and the routine backup, on the database thread once the home list has
     * been read: every write the user makes queues behind it. A damaged file replaces whatever is on
     * screen with the problem screen, as at any open.
     */
    private void checkAndBackUp(Library library) {
        tasks.run(library::checkAndBackUp, purged -> {
            if (purged > 0) {
                LOG.info("Removed {} session(s) deleted in an earlier run", purged);
            }
        }, e -> {
            if (open == library) { // the check closed it already
                onClosing.run();
                open = null;
            }
            failed(e);
        });
    }

    private void failed(Throwable e) {
        if (e instanceof DatabaseOpenException problem) {
            showProblem(problem);
        } else {
            errors.unexpected(e);
        }
    }

    /** Asked at start, only for an encrypted database; empty when the user cancels. */
    private Optional<char[]> askPassword() {
        Messages messages = frame.messages();
        Dialog<char[]> ask = new Dialog<>();
        ask.initOwner(frame.stage());
        ask.setTitle(messages.get("app.name"));
        PasswordField field = new PasswordField();
        field.setId("databasePassword");
        ask.getDialogPane().setContent(new VBox(8, new Label(messages.get("safety.password.prompt")), field));
        ask.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        ask.setResultConverter(b -> b == ButtonType.OK ? field.getText().toCharArray() : null);
        Platform.runLater(field::requestFocus);
        return ask.showAndWait();
    }

    private void showProblem(DatabaseOpenException problem) {
        // checking a backup restores it into memory: off the FX thread, the spinner stays meanwhile
        tasks.run(() -> libraries.newestGoodBackup(problem.file()), newest -> showProblem(problem, newest), e -> {
            LOG.warn("Could not check the backups of {}", problem.file(), e);
            showProblem(problem, Optional.empty());
        });
    }

    private void showProblem(DatabaseOpenException problem, Optional<Path> newest) {
        frame.showDatabase(problem.file());
        frame.show(new DatabaseProblemView(problem, newest, newest.flatMap(Libraries::backupTime), frame.messages(),
                new DatabaseProblemView.Actions() {
                    @Override
                    public void restore(Path backup) {
                        DatabaseScreens.this.restore(backup, problem.file(), null);
                    }

                    @Override
                    public void chooseOtherFile() {
                        chooseFile();
                    }

                    @Override
                    public void retry() {
                        open();
                    }

                    @Override
                    public void quit() {
                        frame.quit();
                    }
                }), () -> showProblem(problem));
    }

    /** The backups of the open file, to restore one over it. */
    public void showBackups() {
        Library library = open;
        if (library == null) {
            return;
        }
        tasks.run(library::backups, list -> new BackupsDialog(frame.stage(), frame.messages(), list,
                backup -> restore(backup, library.file(), library)).show(), errors::unexpected);
    }

    /**
     * Puts a backup in place of {@code target} once the user confirms: the file is closed first when it
     * is open ({@code live}), the replaced file is kept aside, and the file is opened again.
     */
    private void restore(Path backup, Path target, Library live) {
        Messages messages = frame.messages();
        String when = Libraries.backupTime(backup).map(t -> messages.formatDate(t.toLocalDate()) + " " + t.toLocalTime().withNano(0))
                .orElse(backup.getFileName().toString());
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, messages.get(live == null ? "db.problem.restoreConfirm"
                : "backup.restoreConfirm", when), ButtonType.OK, ButtonType.CANCEL);
        confirm.initOwner(frame.stage());
        confirm.setHeaderText(null);
        confirm.setTitle(messages.get(live == null ? "db.problem.title" : "backup.dialog.title"));
        confirm.getDialogPane().lookupButton(ButtonType.OK).setId("confirmRestore");
        if (confirm.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return;
        }
        if (live != null) {
            onClosing.run();
            open = null;
        }
        tasks.run(() -> live != null ? live.closeAndRestore(backup) : libraries.restore(backup, target), aside -> open(), e -> {
            LOG.error("Restoring {} failed", backup, e);
            frame.error(messages.get("db.problem.restoreFailed", e.getMessage()), null);
            if (live != null) {
                open(); // the file it was to replace is still there
            }
        });
    }

    private void chooseFile() {
        Messages messages = frame.messages();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("db.chooser.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("db.chooser.filter"), "*.mv.db"));
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && dir.toFile().isDirectory()) {
            chooser.setInitialDirectory(dir.toFile());
        }
        var chosen = chooser.showOpenDialog(frame.stage());
        if (chosen != null) {
            file = AppPaths.databaseFile(chosen.getAbsolutePath());
            open();
        }
    }

    /**
     * "Connect to a team workspace…": the dialog connects off the FX thread and stays until it has;
     * then the open session and file are closed and the workspace takes their place. The address is
     * remembered (never the password).
     */
    public void connect(com.scorecardstudio.config.Settings settings) {
        String osUser = System.getProperty("user.name", "");
        new com.scorecardstudio.ui.team.ConnectDialog(frame.stage(), frame.messages(), settings.teamWorkspace(), osUser,
                (address, password, connected, failedToConnect) -> tasks.run(
                        () -> libraries.openServer(address, Optional.of(password)), opened -> {
                            settings.setTeamWorkspace(address.toString());
                            settings.saveInBackground();
                            switchTo(opened);
                            connected.run();
                        }, failedToConnect)).showAndWait();
    }

    /**
     * "Publish to a team workspace…": a session of this laptop's file is copied to a team workspace
     * through the session-file code, in one transaction there, while this file stays open. The dialog
     * connects as for switching (the address remembered, never the password); a session already
     * there is replaced or kept beside, as the user chooses.
     */
    public void publish(com.scorecardstudio.config.Settings settings, com.scorecardstudio.domain.Session session) {
        Library local = open;
        Messages messages = frame.messages();
        String osUser = System.getProperty("user.name", "");
        new com.scorecardstudio.ui.team.ConnectDialog(frame.stage(), messages, settings.teamWorkspace(), osUser,
                (address, password, connected, failedToConnect) -> tasks.run(
                        () -> libraries.openServer(address, Optional.of(password)).library(), server -> {
                            settings.setTeamWorkspace(address.toString());
                            settings.saveInBackground();
                            connected.run();
                            if (server.readOnly()) {
                                frame.error(messages.get("team.publish.readOnly", address.toString()), "publishError");
                                closeLater(server);
                                return;
                            }
                            copy(local, server, session, title -> messages.get("team.publish.done", title, address.toString()));
                        }, failedToConnect))
                .purpose(messages.get("team.publish.header", session.title())).showAndWait();
    }

    /**
     * "Copy to this computer": a session of the team workspace is copied into this laptop's own file
     * (opened beside the workspace for the copy, with its password when it has one), in one transaction.
     */
    public void copyToFile(com.scorecardstudio.domain.Session session) {
        Library server = open;
        Messages messages = frame.messages();
        Path target = file;
        Optional<java.util.concurrent.Callable<Library>> opening = opening(target);
        if (opening.isEmpty()) {
            return;
        }
        tasks.run(opening.get(), local -> copy(server, local, session, title -> messages.get("team.copyBack.done", title, target.toString())),
                e -> {
                    LOG.warn("Opening {} for a copy failed", target, e);
                    frame.error(messages.get("team.copyBack.failed", target.toString()), "publishError");
                });
    }

    /**
     * Copies a session from one open library to another through the session-file code (one
     * transaction in {@code to}), asking first when it is there already; {@code to} is closed after.
     */
    private void copy(Library from, Library to, com.scorecardstudio.domain.Session session,
            java.util.function.Function<String, String> done) {
        Messages messages = frame.messages();
        tasks.run(() -> {
            var doc = from.sessionFiles().read(session.id());
            return java.util.Map.entry(doc, to.sessionFiles().existingTitle(doc));
        }, read -> {
            var mode = com.scorecardstudio.sessionfile.SessionFiles.OnConflict.ASK;
            if (read.getValue().isPresent()) {
                var chosen = com.scorecardstudio.ui.sessionfile.SessionFileActions.askReplaceOrKeepBoth(frame, read.getValue().get());
                if (chosen.isEmpty()) {
                    closeLater(to);
                    return;
                }
                mode = chosen.get();
            }
            var how = mode;
            tasks.run(() -> to.sessionFiles().importDocument(read.getKey(), how, messages.get("portable.copySuffix")), imported -> {
                frame.info(done.apply(imported.title()), "publishInfo");
                closeLater(to);
            }, e -> {
                closeLater(to);
                copyFailed(e);
            });
        }, e -> {
            closeLater(to);
            copyFailed(e);
        });
    }

    private void copyFailed(Throwable e) {
        if (e instanceof com.scorecardstudio.sessionfile.SessionFileException refused) {
            frame.error(refused.message(frame.messages()), "publishError");
        } else {
            errors.saveFailed(e);
        }
    }

    /** Closes a library opened only for a copy, on the database thread. */
    private void closeLater(Library library) {
        tasks.run(() -> {
            library.close();
            return null;
        }, ok -> { }, e -> LOG.warn("Closing after a copy failed", e));
    }

    /** Leaves the team workspace for this laptop's own file. */
    public void backToFile() {
        Library library = open;
        onClosing.run();
        open = null;
        if (library != null) {
            tasks.run(() -> {
                library.close();
                return null;
            }, ok -> open(), e -> {
                LOG.warn("Closing the team workspace failed", e);
                open();
            });
        }
    }

    private void switchTo(Library.Opened opened) {
        Library previous = open;
        onClosing.run();
        open = opened.library();
        if (previous != null) {
            tasks.run(() -> {
                previous.close();
                return null;
            }, ok -> { }, e -> LOG.warn("Closing the database failed", e));
        }
        frame.showWorkspace(open.server().map(Object::toString).orElse(""), open.readOnly());
        onOpened.accept(opened);
    }

    /** Closes the open file on the database thread (leaving the app). */
    public void close() {
        Library library = open;
        open = null;
        if (library != null) {
            tasks.run(() -> {
                library.close();
                return null;
            }, ok -> { }, e -> LOG.warn("Closing the database failed", e));
        }
    }
}

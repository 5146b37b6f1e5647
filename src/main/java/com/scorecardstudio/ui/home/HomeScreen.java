package com.scorecardstudio.ui.home;

import com.scorecardstudio.config.Settings;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.library.Library;
import com.scorecardstudio.library.SessionListModel;
import com.scorecardstudio.session.TaskRunner;
import com.scorecardstudio.ui.AppFrame;
import com.scorecardstudio.ui.common.ErrorReporter;
import com.scorecardstudio.ui.common.Icons;
import com.scorecardstudio.ui.sessionfile.SessionFileActions;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;

/** The home screen: the sessions of the open database, with session files and backups at hand. */
public final class HomeScreen {
    private final AppFrame frame;
    private final Settings settings;
    private final TaskRunner tasks;
    private final ErrorReporter errors;
    private final Supplier<Library> library;
    private final Consumer<Session> openSession;
    private final SessionFileActions files;
    private final Runnable showBackups;
    private final Runnable connect;
    private final Runnable backToFile;
    private final Consumer<Session> publish;
    private final Consumer<Session> copyToFile;

    /**
     * @param publish copies a session of this laptop's file to a team workspace
     * @param copyToFile copies a session of the team workspace to this laptop's file
     */
    public HomeScreen(AppFrame frame, Settings settings, TaskRunner tasks, ErrorReporter errors, Supplier<Library> library,
                      Consumer<Session> openSession, SessionFileActions files, Runnable showBackups, Runnable connect,
                      Runnable backToFile, Consumer<Session> publish, Consumer<Session> copyToFile) {
        this.connect = connect;
        this.backToFile = backToFile;
        this.publish = publish;
        this.copyToFile = copyToFile;
        this.frame = frame;
        this.settings = settings;
        this.tasks = tasks;
        this.errors = errors;
        this.library = library;
        this.openSession = openSession;
        this.files = files;
        this.showBackups = showBackups;
    }

    /**
     * Shows the list, selecting {@code select} when given; {@code list} is the sessions when they were
     * read already (at start-up), else they are read now.
     */
    public void show(Session select, List<Session> list) {
        Library lib = library.get();
        Messages messages = frame.messages();
        SessionListModel vm = lib.sessionList(tasks, messages, errors::saveFailed);
        Path file = lib.file();
        (lib.server().isPresent() ? settings.lastSession(lib.server().get()) : settings.lastSession(file))
                .map(HomeScreen::uuidOrNull).ifPresent(vm.lastOpenedUidProperty()::set);
        HomeView home = new HomeView(vm, messages, frame::stage, openSession,
                () -> vm.createWith(() -> lib.createDemo(messages.language()), s -> { }), !lib.readOnly());
        home.addTools(tool("exportSessionFile", "portable.export", Feather.UPLOAD,
                        home.selectedSession().map(x -> false).orElse(true), () -> files.export(home.selectedSession().getValue())),
                // importing a session file writes the workspace: greyed for a role that may only read
                tool("importSessionFile", "portable.import", Feather.DOWNLOAD,
                        lib.readOnly() ? new javafx.beans.property.SimpleBooleanProperty(true) : null, files::importFile),
                lib.server().isPresent()
                        // a server is backed up by its administrator; the way back is to this laptop's file
                        ? tool("backToFile", "team.backToFile", Feather.HARD_DRIVE, null, backToFile)
                        : tool("showBackups", "backup.dialog.open", Feather.ARCHIVE, null, showBackups),
                tool("connectTeam", "team.connect.open", Feather.SERVER, null, connect));
        // moving the selected session between this laptop and a team workspace: the first action to fold
        Button move = lib.server().isPresent()
                // a copy of a team session on this laptop, to work on offline or keep
                ? new Button(messages.get("team.copyBack.open"), Icons.of(Feather.DOWNLOAD_CLOUD))
                : new Button(messages.get("team.publish.open"), Icons.of(Feather.UPLOAD_CLOUD));
        move.setId(lib.server().isPresent() ? "copyToFile" : "publishSession");
        move.disableProperty().bind(home.selectedSession().map(x -> false).orElse(true));
        move.setOnAction(e -> (lib.server().isPresent() ? copyToFile : publish).accept(home.selectedSession().getValue()));
        home.addSessionAction(move);
        frame.show(home, () -> show(null, null));
        if (list != null) {
            vm.show(list);
        } else {
            vm.load();
        }
        if (select != null) {
            vm.loadedProperty().addListener((o, a, loaded) -> home.select(select));
        }
    }

    private Button tool(String id, String key, Feather icon, ObservableValue<Boolean> disabled, Runnable action) {
        Messages messages = frame.messages();
        Button b = new Button(null, Icons.of(icon));
        b.setId(id);
        b.setTooltip(new Tooltip(messages.get(key)));
        b.setAccessibleText(messages.get(key));
        if (disabled != null) {
            b.disableProperty().bind(disabled);
        }
        b.setOnAction(e -> action.run());
        return b;
    }

    private static UUID uuidOrNull(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

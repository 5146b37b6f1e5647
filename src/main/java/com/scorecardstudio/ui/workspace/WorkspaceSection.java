package com.scorecardstudio.ui.workspace;

import com.scorecardstudio.domain.Stage;
import java.util.Optional;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

/** The parts of a session's workspace, in the order the navigation shows them. */
public enum WorkspaceSection {
    FINANCIAL(Stage.FINANCIAL, Feather.DOLLAR_SIGN),
    INTERNAL_PROCESSES(Stage.INTERNAL_PROCESSES, Feather.SETTINGS),
    CUSTOMER(Stage.CUSTOMER, Feather.USERS),
    LEARNING_GROWTH(Stage.LEARNING_GROWTH, Feather.TRENDING_UP),
    MAP(null, Feather.SHARE_2),
    CLIENTS(null, Feather.GRID),
    CHECKIN(null, Feather.CHECK_SQUARE),
    EXPORT(null, Feather.DOWNLOAD);

    private final Stage stage;
    private final Ikon icon;

    WorkspaceSection(Stage stage, Ikon icon) {
        this.stage = stage;
        this.icon = icon;
    }

    public Optional<Stage> stage() {
        return Optional.ofNullable(stage);
    }

    public Ikon icon() {
        return icon;
    }

    /** The message key of the section's name. */
    public String nameKey() {
        return stage != null ? "stage." + stage.key() : "section." + name().toLowerCase(java.util.Locale.ROOT);
    }
}

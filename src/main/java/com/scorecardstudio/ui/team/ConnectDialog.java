package com.scorecardstudio.ui.team;

import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.DatabaseOpenException;
import com.scorecardstudio.i18n.Messages;
import java.io.File;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * "Connect to a team workspace…": the server, port, database, user, TLS mode and password, or a
 * pasted {@code postgresql://} address that fills them; under "Certificates…" the files of the team's
 * root certificate and of a client certificate and key. The address is checked as typed (after the
 * first attempt or once a field was left); connecting runs off the FX thread with a spinner, and a
 * failure is said in words in the dialog with every field kept. Closes only once connected.
 */
public final class ConnectDialog {
    /** Connects off the FX thread; calls back on it. */
    public interface Connector {
        void connect(ServerAddress address, char[] password, Runnable connected, Consumer<Throwable> failed);
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Messages messages;
    private final TextField host = new TextField();
    private final TextField port = new TextField(String.valueOf(ServerAddress.DEFAULT_PORT));
    private final TextField database = new TextField();
    private final TextField user = new TextField();
    private final ComboBox<String> tls = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final TextField pasted = new TextField();
    private final Label problem = new Label();
    private final ProgressIndicator spinner = new ProgressIndicator();
    private final TextField rootCert = new TextField();
    private final TextField clientCert = new TextField();
    private final TextField clientKey = new TextField();
    private final ToggleButton certificates = new ToggleButton();
    private boolean tried;

    public ConnectDialog(Window owner, Messages messages, Optional<String> remembered, String osUser, Connector connector) {
        this.messages = messages;
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("team.connect.title"));
        dialog.setHeaderText(messages.get("team.connect.header"));
        dialog.setResizable(true);
        host.setId("teamHost");
        port.setId("teamPort");
        database.setId("teamDatabase");
        user.setId("teamUser");
        tls.setId("teamTls");
        password.setId("teamPassword");
        pasted.setId("teamAddress");
        problem.setId("teamProblem");
        rootCert.setId("teamRootCert");
        clientCert.setId("teamClientCert");
        clientKey.setId("teamClientKey");
        certificates.setId("teamCertificates");
        problem.getStyleClass().add("danger");
        problem.setWrapText(true);
        problem.setMinHeight(Region.USE_PREF_SIZE); // a long reason wraps, never ends in "…"
        problem.setPrefWidth(500);
        tls.getItems().setAll("prefer", "require", "verify-ca", "verify-full", "disable");
        tls.setValue("prefer");
        tls.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String mode) {
                return mode == null ? "" : messages.get("team.connect.tls." + mode);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        user.setText(osUser);
        pasted.setPromptText("postgresql://anna@server:5432/scorecard");
        remembered.ifPresent(text -> fill(text, osUser));
        pasted.textProperty().addListener((o, a, text) -> {
            if (ServerAddress.looksLikeServer(text)) {
                fill(text, osUser);
            }
        });
        for (TextField f : new TextField[] {host, port, database, user, rootCert, clientCert, clientKey}) {
            f.textProperty().addListener((o, a, b) -> check());
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now && !f.getText().isBlank()) {
                    tried = true; // a field the user left: from now on the address is checked as typed
                    check();
                }
            });
        }

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(280);
        grid.getColumnConstraints().setAll(labels, fields);
        int row = 0;
        grid.addRow(row++, label("team.connect.address", pasted), pasted);
        grid.addRow(row++, label("team.connect.host", host), host);
        grid.addRow(row++, label("team.connect.port", port), port);
        grid.addRow(row++, label("team.connect.database", database), database);
        grid.addRow(row++, label("team.connect.user", user), user);
        grid.addRow(row++, label("team.connect.password", password), password);
        certificates.setText(messages.get("team.connect.certificates"));
        certificates.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row++, label("team.connect.tls", tls), tls);
        grid.add(certificates, 1, row++); // a row of its own: beside the TLS mode it would cut the mode's name short
        Label certsNote = new Label(messages.get("team.connect.certificates.note"));
        certsNote.setWrapText(true);
        certsNote.setMinHeight(Region.USE_PREF_SIZE);
        certsNote.setPrefWidth(420);
        certsNote.getStyleClass().add("text-muted");
        javafx.scene.Node[][] certRows = {
            {label("team.connect.rootCert", rootCert), withBrowse(rootCert, "teamRootCertBrowse", "*.crt", "*.pem")},
            {label("team.connect.clientCert", clientCert), withBrowse(clientCert, "teamClientCertBrowse", "*.crt", "*.pem", "*.der")},
            {label("team.connect.clientKey", clientKey),
                withBrowse(clientKey, "teamClientKeyBrowse", "*.pk8", "*.der", "*.p12", "*.pfx")},
            {new Region(), certsNote}};
        int firstCertRow = row;
        // the rows are added and taken away rather than hidden: a hidden row would still leave its gaps
        Runnable showCertificates = () -> {
            for (javafx.scene.Node[] r : certRows) {
                grid.getChildren().removeAll(r);
            }
            if (certificates.isSelected()) {
                for (int i = 0; i < certRows.length; i++) {
                    grid.addRow(firstCertRow + i, certRows[i]);
                }
            }
            Platform.runLater(this::fitToContent);
        };
        certificates.selectedProperty().addListener((o, a, b) -> showCertificates.run());
        showCertificates.run();
        Label note = new Label(messages.get("team.connect.note"));
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setPrefWidth(540);
        note.getStyleClass().add("text-muted");
        spinner.setPrefSize(20, 20);
        spinner.setVisible(false);
        HBox status = new HBox(8, spinner, problem);
        HBox.setHgrow(problem, Priority.ALWAYS);
        // the dialog grows with a reason of two or three lines, so its buttons stay in view
        problem.textProperty().addListener((o, a, b) -> Platform.runLater(this::fitToContent));
        spinner.managedProperty().bind(spinner.visibleProperty());
        VBox content = new VBox(12, grid, status, note);
        content.setPadding(new Insets(8, 4, 0, 4));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);

        ButtonType connect = new ButtonType(messages.get("team.connect.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(connect, cancel);
        Button connectButton = (Button) dialog.getDialogPane().lookupButton(connect);
        connectButton.setId("teamConnect");
        connectButton.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            e.consume(); // the dialog stays until connected
            tried = true;
            Optional<ServerAddress> address = check();
            if (address.isEmpty() || spinner.isVisible()) {
                return;
            }
            spinner.setVisible(true);
            problem.setText(messages.get("team.connect.connecting", address.get()));
            problem.getStyleClass().remove("danger");
            connectButton.setDisable(true);
            connector.connect(address.get(), password.getText().toCharArray(), () -> {
                spinner.setVisible(false);
                dialog.setResult(connect);
                dialog.close();
            }, failure -> {
                spinner.setVisible(false);
                connectButton.setDisable(false);
                problem.getStyleClass().add("danger");
                problem.setText(failure instanceof DatabaseOpenException d ? messages.get(d.messageKey(), d.messageArgs())
                        : messages.get("team.open.server_failed", address.get()));
                password.requestFocus();
                password.selectAll();
            });
        });
        Platform.runLater(() -> (host.getText().isBlank() ? host : password).requestFocus());
    }

    /**
     * Sizes the dialog to what it shows; grown past the bottom of the screen (the certificates' rows
     * on a small one), it moves up so that its buttons stay in view.
     */
    private void fitToContent() {
        if (dialog.getDialogPane().getScene() == null || dialog.getDialogPane().getScene().getWindow() == null) {
            return;
        }
        Window w = dialog.getDialogPane().getScene().getWindow();
        w.sizeToScene();
        javafx.stage.Screen.getScreensForRectangle(w.getX(), w.getY(), w.getWidth(), w.getHeight()).stream().findFirst()
                .map(javafx.stage.Screen::getVisualBounds).ifPresent(screen -> {
                    if (w.getY() + w.getHeight() > screen.getMaxY()) {
                        w.setY(Math.max(screen.getMinY(), screen.getMaxY() - w.getHeight()));
                    }
                });
    }

    /** The field with a "Browse…" button that puts the chosen file's path into it. */
    private HBox withBrowse(TextField field, String id, String... patterns) {
        Button b = new Button(messages.get("team.connect.browse"));
        b.setId(id);
        b.setMinWidth(Region.USE_PREF_SIZE);
        b.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(messages.get("team.connect.certificates.files"), patterns),
                    new FileChooser.ExtensionFilter(messages.get("team.connect.certificates.allFiles"), "*"));
            File current = new File(field.getText().strip());
            if (current.getParentFile() != null && current.getParentFile().isDirectory()) {
                chooser.setInitialDirectory(current.getParentFile());
            }
            File chosen = chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                field.setText(chosen.getAbsolutePath());
            }
        });
        HBox.setHgrow(field, Priority.ALWAYS);
        return new HBox(8, field, b);
    }

    private Label label(String key, javafx.scene.Node field) {
        Label l = new Label(messages.get(key));
        l.setLabelFor(field);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    /** Fills the fields from an address; what cannot be read is left for the check to explain. */
    private void fill(String text, String osUser) {
        try {
            ServerAddress a = ServerAddress.parse(text, Optional.ofNullable(osUser));
            host.setText(a.host());
            port.setText(String.valueOf(a.port()));
            database.setText(a.database());
            user.setText(a.user());
            tls.setValue(a.sslMode());
            rootCert.setText(a.sslRootCert().orElse(""));
            clientCert.setText(a.sslCert().orElse(""));
            clientKey.setText(a.sslKey().orElse(""));
            if (a.sslRootCert().isPresent() || a.hasClientCertificate()) {
                certificates.setSelected(true); // what the address brought is shown, not hidden
            }
        } catch (ServerAddress.InvalidAddressException e) {
            if (tried) {
                problem.setText(messages.get(e.problem().messageKey(), text.strip()));
            }
        }
    }

    /** The address the fields make, or empty with the reason shown (only once the user has tried or left a field). */
    private Optional<ServerAddress> check() {
        String h = host.getText().strip();
        String text = "postgresql://" + encode(user.getText().strip()) + "@" + (h.contains(":") && !h.startsWith("[") ? "[" + h + "]" : h)
                + ":" + port.getText().strip() + "/" + encode(database.getText().strip()) + "?sslmode=" + tls.getValue()
                + file("sslrootcert", rootCert) + file("sslcert", clientCert) + file("sslkey", clientKey);
        try {
            ServerAddress a = ServerAddress.parse(text, Optional.empty());
            if (tried && !spinner.isVisible()) {
                problem.setText("");
            }
            return Optional.of(a);
        } catch (ServerAddress.InvalidAddressException e) {
            if (tried) {
                problem.getStyleClass().remove("danger");
                problem.getStyleClass().add("danger");
                problem.setText(messages.get(e.problem().messageKey(), text.replaceFirst("\\?sslmode=.*$", "")));
            }
            return Optional.empty();
        }
    }

    private static String file(String key, TextField field) {
        String f = field.getText().strip();
        return f.isEmpty() ? "" : "&" + key + "=" + encode(f);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Shows the dialog and waits; true once connected. */
    /**
     * The dialog connects for another purpose than switching to the workspace (publishing a session
     * there): its header says which.
     */
    public ConnectDialog purpose(String header) {
        dialog.setHeaderText(header);
        return this;
    }

    public boolean showAndWait() {
        return dialog.showAndWait().map(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElse(false);
    }
}

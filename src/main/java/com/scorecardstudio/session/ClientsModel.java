package com.scorecardstudio.session;

import com.scorecardstudio.session.EditHistory;

import com.scorecardstudio.domain.Text;
import com.scorecardstudio.domain.scoring.Cell;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.ClientRules;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.DeletedClient;
import com.scorecardstudio.domain.scoring.Matrix;
import com.scorecardstudio.domain.scoring.Placement;
import com.scorecardstudio.domain.scoring.Scoring;
import com.scorecardstudio.domain.scoring.ScoringSettings;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.report.GoalText;
import com.scorecardstudio.db.ScoringService;
import com.scorecardstudio.db.StaleWriteException;
import com.scorecardstudio.domain.scoring.ScoredClient;
import com.scorecardstudio.session.TaskRunner;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The client scoring page of one session: clients with their scores, the criteria, the settings and
 * the matrix computed from them. A change shows at once (the matrix is recomputed in memory) and is
 * written in one transaction on the database thread; if the write fails the page reloads what is
 * stored and says so. Every client and score change can be undone.
 */
public final class ClientsModel {
    private final long sessionId;
    private final ScoringService service;
    private final TaskRunner tasks;
    private final Supplier<Messages> messages;
    private final Consumer<Throwable> onError;

    private final ObservableList<Criterion> criteria = FXCollections.observableArrayList();
    private final ObservableList<ClientRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClientRow> visible = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<ScoringSettings> settings = new SimpleObjectProperty<>(ScoringSettings.DEFAULT);
    private final ObjectProperty<Matrix> matrix = new SimpleObjectProperty<>();
    private final ObjectProperty<Client> lastDeleted = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final EditHistory history;
    /** Bumped whenever the criteria change, so that views rebuild their columns. */
    private final ObjectProperty<List<Criterion>> criteriaVersion = new SimpleObjectProperty<>(List.of());
    /** Raised by every write of this laptop's own: a live read sent before one is read again. */
    private int localEdits;
    private final LiveRead<ScoringSheet> live;

    public ClientsModel(long sessionId, ScoringService service, TaskRunner tasks, EditHistory history, Supplier<Messages> messages,
                            Consumer<Throwable> onError) {
        this.sessionId = sessionId;
        this.history = history;
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        filter.addListener((o, a, text) -> visible.setPredicate(r -> matches(r.client(), text)));
        // read as stored, setting nothing up: the page was loaded (and set up) before anything is followed
        this.live = new LiveRead<>(tasks, () -> service.read(sessionId), this::merge, () -> localEdits);
    }

    static boolean matches(Client c, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        // the names' one normalisation: a no-break space or another case still finds the client
        String needle = Text.key(text);
        return Text.key(c.name()).contains(needle) || Text.key(c.segment()).contains(needle)
                || Text.key(c.notes()).contains(needle);
    }

    public void load() {
        // setting up the default criteria on first use is a write: a read-only role reads what is there
        boolean editable = history.isEditable();
        tasks.run(() -> editable ? service.sheet(sessionId) : service.read(sessionId), this::show, onError);
    }

    /**
     * Another laptop changed a client, a score or the scoring set-up (a team workspace): read again
     * once the page was loaded, merged by client id into the rows shown (their objects stay, a row's
     * scores change in place), the matrix recomputed once. FX thread.
     */
    public void changedElsewhere() {
        if (loaded.get()) {
            live.request();
        }
    }

    private void merge(ScoringSheet sheet) {
        if (!sheet.settings().equals(settings.get())) {
            settings.set(sheet.settings());
        }
        if (!sheet.criteria().equals(criteria)) {
            criteria.setAll(sheet.criteria());
            criteriaVersion.set(List.copyOf(sheet.criteria()));
        }
        Map<Long, Client> stored = new HashMap<>();
        sheet.clients().forEach(c -> stored.put(c.id(), c));
        rows.removeIf(r -> !stored.containsKey(r.id()));
        java.util.Set<Long> shown = new java.util.HashSet<>();
        for (ClientRow r : rows) {
            Client c = stored.get(r.id());
            shown.add(c.id());
            if (!c.equals(r.client())) {
                r.clientProperty().set(c);
            }
            Map<Long, Integer> scores = sheet.scoresOf(c.id());
            r.scores().keySet().retainAll(scores.keySet());
            scores.forEach((criterion, score) -> {
                if (!score.equals(r.scores().get(criterion))) {
                    r.scores().put(criterion, score);
                }
            });
        }
        for (Client c : sheet.clients()) {
            if (!shown.contains(c.id())) {
                insertSorted(new ClientRow(c, sheet.scoresOf(c.id())));
            }
        }
        recompute();
    }

    /** Reloads what is stored after a failed write, so the page never shows what is not saved. */
    private void failed(Throwable e) {
        onError.accept(e);
        history.clear();
        load();
    }

    public void show(ScoringSheet sheet) {
        settings.set(sheet.settings());
        criteria.setAll(sheet.criteria());
        criteriaVersion.set(List.copyOf(sheet.criteria()));
        rows.setAll(sheet.clients().stream().map(c -> new ClientRow(c, sheet.scoresOf(c.id()))).toList());
        recompute();
        loaded.set(true);
    }

    /** Recomputes the whole matrix from what is in memory. */
    public void recompute() {
        Map<Long, Map<Long, Integer>> scores = new HashMap<>(rows.size() * 2);
        List<Client> clients = new java.util.ArrayList<>(rows.size());
        for (ClientRow r : rows) {
            clients.add(r.client());
            scores.put(r.id(), r.scores());
        }
        Matrix m = Scoring.compute(criteria, clients, scores, settings.get());
        for (ClientRow r : rows) {
            r.placementProperty().set(m.byClientId().get(r.id()));
        }
        matrix.set(m);
    }

    public Optional<ClientRow> row(long clientId) {
        return rows.stream().filter(r -> r.id() == clientId).findFirst();
    }

    // ------------------------------------------------------------------ scores

    /** Sets (or with null clears) one score; undoable. */
    public void setScore(long clientId, long criterionId, Integer score) {
        if (score != null && !Scoring.validScore(score)) {
            throw new IllegalArgumentException("score out of range 1-5: " + score);
        }
        Optional<ClientRow> row = row(clientId);
        if (row.isEmpty()) {
            return;
        }
        Integer before = row.get().scores().get(criterionId);
        if (Objects.equals(before, score)) {
            return;
        }
        // recorded first: if the write fails, the reload that follows forgets it again
        history.push(new EditHistory.Job() {
            @Override
            public void undo() {
                applyScore(clientId, criterionId, before);
            }

            @Override
            public void redo() {
                applyScore(clientId, criterionId, score);
            }
        });
        applyScore(clientId, criterionId, score);
    }

    private void applyScore(long clientId, long criterionId, Integer score) {
        Integer from = row(clientId).map(r -> r.scores().get(criterionId)).orElse(null); // what the write expects stored
        row(clientId).ifPresent(r -> {
            if (score == null) {
                r.scores().remove(criterionId);
            } else {
                r.scores().put(criterionId, score);
            }
            recompute();
        });
        localEdits++;
        tasks.run(() -> service.setScore(sessionId, clientId, criterionId, from, score), this::showStored,
                e -> writeRefused(e, clientId));
    }

    // ------------------------------------------------------------------ clients

    /** Whether another client of the session already has this name (ignoring case and spacing). */
    public boolean nameTaken(String name, Long exceptId) {
        String key = ClientRules.nameKey(name);
        return rows.stream().anyMatch(r -> !Objects.equals(r.id(), exceptId) && r.client().nameKey().equals(key));
    }

    public void addClient(Client draft, Map<Long, Integer> scores, Consumer<ClientRow> then) {
        localEdits++;
        tasks.run(() -> service.addClient(sessionId, draft, scores), stored -> {
            ClientRow row = insertRow(stored, scores);
            history.push(new EditHistory.Job() {
                private DeletedClient snapshot;

                @Override
                public void undo() {
                    snapshot = removeAndDelete(stored.id());
                }

                @Override
                public void redo() {
                    if (snapshot != null) {
                        insertAndRestore(snapshot);
                    }
                }
            });
            then.accept(row);
        }, this::failed);
    }

    /**
     * Saves a client's details and scores.
     *
     * @param scores the client's scores after the edit: criteria missing here lose their score
     */
    public void updateClient(Client edited, Map<Long, Integer> scores) {
        Optional<ClientRow> row = row(edited.id());
        if (row.isEmpty()) {
            return;
        }
        Client before = row.get().client();
        Map<Long, Integer> scoresBefore = Map.copyOf(row.get().scores());
        history.push(new EditHistory.Job() {
            @Override
            public void undo() {
                applyClient(before, scoresBefore);
            }

            @Override
            public void redo() {
                applyClient(edited, scores);
            }
        });
        applyClient(edited, scores);
    }

    private void applyClient(Client client, Map<Long, Integer> scores) {
        Map<Long, Integer> change = new HashMap<>();
        Map<Long, Integer> changeFrom = new HashMap<>();
        Client[] from = {null};
        row(client.id()).ifPresent(r -> {
            from[0] = r.client();
            for (Criterion c : criteria) {
                if (!Objects.equals(scores.get(c.id()), r.scores().get(c.id()))) {
                    changeFrom.put(c.id(), r.scores().get(c.id()));
                }
            }
            r.clientProperty().set(client);
            for (Criterion c : criteria) {
                Integer now = scores.get(c.id());
                if (!Objects.equals(now, r.scores().get(c.id()))) {
                    change.put(c.id(), now);
                    if (now == null) {
                        r.scores().remove(c.id());
                    } else {
                        r.scores().put(c.id(), now);
                    }
                }
            }
            recompute();
        });
        if (from[0] == null) {
            return;
        }
        localEdits++;
        Client fromShown = from[0];
        tasks.run(() -> service.updateClient(sessionId, fromShown, client, changeFrom, change), this::showStored,
                e -> writeRefused(e, client.id()));
    }

    // ------------------------------------------------------------------ conflicts (team workspaces, issue 16)

    private final Conflicts conflicts = new Conflicts();

    /** Clients another user changed in the same field or score differently, waiting for the user's choice. */
    public ObservableList<Conflict> conflicts() {
        return conflicts.view();
    }

    /** What the write stored — this user's change merged with what others changed meanwhile — shown. */
    private void showStored(ScoredClient stored) {
        row(stored.client().id()).ifPresent(r -> {
            boolean changed = false;
            if (!stored.client().equals(r.client())) {
                r.clientProperty().set(stored.client());
                changed = true;
            }
            if (!stored.scores().equals(r.scores())) {
                r.scores().keySet().retainAll(stored.scores().keySet());
                r.scores().putAll(stored.scores());
                changed = true;
            }
            if (changed) {
                recompute();
            }
        });
    }

    /**
     * A client's write refused: another user changed the same field or score differently (a conflict,
     * nothing of either lost; the screen keeps mine until decided); any other failure reloads.
     */
    private void writeRefused(Throwable e, long clientId) {
        if (!(e instanceof StaleWriteException stale) || stale.deleted()) {
            failed(e);
            return;
        }
        ScoredClient theirs = stale.theirs(ScoredClient.class).orElseThrow();
        Optional<ClientRow> row = row(clientId);
        if (row.isEmpty()) {
            return;
        }
        ScoredClient mine = new ScoredClient(row.get().client(), row.get().scores());
        conflicts.add("client", null, clientId, mine, theirs, stale,
                () -> {
                    // written over theirs, knowingly: from what they stored to what I have
                    Map<Long, Integer> to = new HashMap<>();
                    Map<Long, Integer> from = new HashMap<>();
                    for (Criterion k : criteria) {
                        if (!Objects.equals(mine.scores().get(k.id()), theirs.scores().get(k.id()))) {
                            to.put(k.id(), mine.scores().get(k.id()));
                            from.put(k.id(), theirs.scores().get(k.id()));
                        }
                    }
                    localEdits++;
                    tasks.run(() -> service.updateClient(sessionId, theirs.client(), mine.client(), from, to), this::showStored,
                            again -> writeRefused(again, clientId));
                },
                () -> showStored(theirs));
    }

    public void deleteClient(long clientId) {
        if (row(clientId).isEmpty()) {
            return;
        }
        ClientRow r = row(clientId).orElseThrow();
        DeletedClient snapshot = new DeletedClient(sessionId, r.client(), Map.copyOf(r.scores()));
        history.push(new EditHistory.Job() {
            @Override
            public void undo() {
                insertAndRestore(snapshot);
            }

            @Override
            public void redo() {
                removeAndDelete(clientId);
            }
        });
        lastDeleted.set(snapshot.client());
        removeAndDelete(clientId);
    }

    /** Removes a client from the page at once and from the database in the background; returns what brings it back. */
    private DeletedClient removeAndDelete(long clientId) {
        ClientRow r = row(clientId).orElseThrow();
        DeletedClient snapshot = new DeletedClient(sessionId, r.client(), Map.copyOf(r.scores()));
        removeRow(clientId);
        localEdits++;
        tasks.run(() -> service.deleteClient(clientId), d -> { }, this::failed);
        return snapshot;
    }

    private void insertAndRestore(DeletedClient snapshot) {
        lastDeleted.set(null);
        insertRow(snapshot.client(), snapshot.scores());
        localEdits++;
        tasks.run(() -> service.restoreClient(snapshot), c -> { }, this::failed);
    }

    private ClientRow insertRow(Client client, Map<Long, Integer> scores) {
        ClientRow row = new ClientRow(client, scores);
        insertSorted(row);
        recompute();
        return row;
    }

    private void insertSorted(ClientRow row) {
        int at = 0;
        while (at < rows.size() && rows.get(at).client().nameKey().compareTo(row.client().nameKey()) < 0) {
            at++;
        }
        rows.add(at, row);
    }

    private void removeRow(long clientId) {
        rows.removeIf(r -> r.id() == clientId);
        recompute();
    }

    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    // ------------------------------------------------------------------ matrix

    /** The goal title for the clients of a cell ("Build loyalty with X, Y, Z"), empty if the cell has none. */
    public Optional<String> goalTitle(Cell cell) {
        Matrix m = matrix.get();
        if (m == null || m.cell(cell).clients().isEmpty()) {
            return Optional.empty();
        }
        List<String> names = m.cell(cell).clients().stream().map(Placement::client).map(Client::name).toList();
        return Optional.of(GoalText.title(cell.zone(), names, messages.get()));
    }

    // ------------------------------------------------------------------ accessors

    public long sessionId() {
        return sessionId;
    }

    public ScoringService service() {
        return service;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public Consumer<Throwable> onError() {
        return onError;
    }

    public ObservableList<Criterion> criteria() {
        return criteria;
    }

    public ObjectProperty<List<Criterion>> criteriaVersionProperty() {
        return criteriaVersion;
    }

    public ObservableList<ClientRow> rows() {
        return rows;
    }

    public FilteredList<ClientRow> visibleRows() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<ScoringSettings> settingsProperty() {
        return settings;
    }

    public ObjectProperty<Matrix> matrixProperty() {
        return matrix;
    }

    public ObjectProperty<Client> lastDeletedProperty() {
        return lastDeleted;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public EditHistory history() {
        return history;
    }

    /** False when the session may only be read (a read-only role on a team workspace): the page locks its editing. */
    public javafx.beans.property.ReadOnlyBooleanProperty editableProperty() {
        return history.editableProperty();
    }
}

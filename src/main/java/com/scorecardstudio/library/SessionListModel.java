package com.scorecardstudio.library;

import com.scorecardstudio.db.SessionRepository;
import com.scorecardstudio.db.SessionSnapshots;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.impact.NextYear;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.session.TaskRunner;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
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
 * The list of sessions: filter, create, edit, duplicate, delete with undo. Every write runs as one
 * transaction on the database thread and the list is reloaded from what was committed.
 */
public final class SessionListModel {
    private final SessionRepository repository;
    private final SessionSnapshots snapshots;
    private final java.time.Clock clock;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Consumer<Throwable> onError;

    private final ObservableList<Session> sessions = FXCollections.observableArrayList();
    private final FilteredList<Session> visible = new FilteredList<>(sessions);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ObjectProperty<Session> lastDeleted = new SimpleObjectProperty<>();
    private final ObjectProperty<UUID> lastOpenedUid = new SimpleObjectProperty<>();
    private final ObjectProperty<Session> lastOpened = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);

    public SessionListModel(Store store, TaskRunner tasks, Messages messages, Consumer<Throwable> onError) {
        this.repository = store.sessions();
        this.snapshots = store.snapshots();
        this.clock = store.clock();
        this.tasks = tasks;
        this.messages = messages;
        this.onError = onError;
        filter.addListener((o, a, text) -> visible.setPredicate(s -> matches(s, text)));
        lastOpenedUid.addListener((o, a, b) -> updateLastOpened());
    }

    static boolean matches(Session s, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return s.title().toLowerCase(Locale.ROOT).contains(needle)
                || s.organization().toLowerCase(Locale.ROOT).contains(needle)
                || s.facilitator().toLowerCase(Locale.ROOT).contains(needle)
                || s.industry().toLowerCase(Locale.ROOT).contains(needle);
    }

    public void load() {
        tasks.run(repository::list, this::show, onError);
    }

    /** Shows a list read already (with the database's open), as {@link #load()} would. */
    public void show(List<Session> list) {
        sessions.setAll(list);
        loaded.set(true);
        updateLastOpened();
    }

    private void updateLastOpened() {
        UUID uid = lastOpenedUid.get();
        lastOpened.set(uid == null ? null : sessions.stream().filter(s -> s.uid().equals(uid)).findFirst().orElse(null));
    }

    public void create(Session draft, Consumer<Session> then) {
        write(() -> repository.insert(draft), then);
    }

    /** Stores whatever {@code maker} creates (e.g. the demo) and selects it. */
    public void createWith(java.util.concurrent.Callable<Session> maker, Consumer<Session> then) {
        write(maker, then);
    }

    public void update(Session edited, Consumer<Session> then) {
        write(() -> repository.update(edited), then);
    }

    public void duplicate(Session original, Consumer<Session> then) {
        write(() -> repository.duplicate(original.id(), messages.get("session.copyTitle", original.title())), then);
    }

    /** Starts next year's session from {@code original} and selects it; {@code then} gets what was carried over. */
    public void startNextYear(Session original, Consumer<NextYear.Started> then) {
        tasks.run(() -> {
            NextYear.Started started = snapshots.startNextYear(original.id(), java.time.LocalDate.now(clock));
            return new StartedAndList(started, repository.list());
        }, w -> {
            show(w.all());
            then.accept(w.started());
        }, onError);
    }

    private record StartedAndList(NextYear.Started started, List<Session> all) {
    }

    public void delete(Session s) {
        write(() -> {
            repository.delete(s.id());
            return s;
        }, lastDeleted::set);
    }

    /** Brings back the session deleted last. */
    public void undoDelete(Consumer<Session> then) {
        Session s = lastDeleted.get();
        if (s == null) {
            return;
        }
        lastDeleted.set(null);
        write(() -> {
            repository.undelete(s.id());
            return s;
        }, then);
    }

    /** Runs a write, then reloads the list, all in one trip to the database thread. */
    private void write(java.util.concurrent.Callable<Session> work, Consumer<Session> then) {
        tasks.run(() -> {
            Session result = work.call();
            return new Written(result, repository.list());
        }, w -> {
            show(w.all());
            then.accept(w.result());
        }, onError);
    }

    private record Written(Session result, List<Session> all) {
    }

    public Optional<Session> byId(long id) {
        return sessions.stream().filter(s -> s.id() == id).findFirst();
    }

    public ObservableList<Session> sessions() {
        return sessions;
    }

    public FilteredList<Session> visibleSessions() {
        return visible;
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ObjectProperty<Session> lastDeletedProperty() {
        return lastDeleted;
    }

    public ObjectProperty<UUID> lastOpenedUidProperty() {
        return lastOpenedUid;
    }

    public ObjectProperty<Session> lastOpenedProperty() {
        return lastOpened;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}

package com.scorecardstudio.session;

import com.scorecardstudio.clientimport.ClientFileReader;
import com.scorecardstudio.clientimport.ClientImporter;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.i18n.Messages;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The session open in the workspace, without a screen: its goals, map, facilitation state and client
 * scoring as observable models, one {@link EditHistory} every change runs through and one
 * {@link Autosave}. The pages are views over it and can be rebuilt (a new language, a new theme)
 * while it lives on, with its history, its selection and its running timers.
 */
public final class OpenSession {
    /** How long typing pauses before it is written, and the longest it waits while typing goes on. */
    public static final Duration QUIET = Duration.ofMillis(500);
    public static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private Session session;
    private final EditHistory history = new EditHistory();
    private final Autosave autosave;
    private final GoalsModel goals;
    private final MapModel map;
    private final CustomerExtrasModel extras;
    private final ParkingLotModel parking;
    private final StageTimers timers;
    private final AgendaModel agenda;
    private final ClientsModel clients;
    private final CheckinModel checkins;
    private final OwnersBook ownersBook;
    private final ObjectProperty<Messages> messages;
    private final Store store;
    private final TaskRunner tasks;
    private final Consumer<Throwable> onSaveFailed;

    /**
     * @param scheduler delays the autosave on the FX thread (animation timers in the app, a manual clock in tests)
     * @param ticker    nanoseconds for the stage timers ({@code System::nanoTime} in the app)
     * @param onSaveFailed told when a write fails; the model reads the session again from the database
     */
    public OpenSession(Session session, Store store, TaskRunner tasks, Autosave.Scheduler scheduler, LongSupplier ticker,
                       Messages messages, Consumer<Throwable> onSaveFailed) {
        this.session = session;
        this.store = store;
        this.tasks = tasks;
        this.messages = new SimpleObjectProperty<>(messages);
        this.onSaveFailed = onSaveFailed;
        this.autosave = new Autosave(tasks, scheduler, QUIET, MAX_WAIT, this::writeFailed);
        history.closeTypingWith(autosave::flush);
        this.goals = new GoalsModel(session.id(), store.goals(), autosave, history, messages);
        this.map = new MapModel(session.id(), goals, store.map(), autosave, history);
        this.map.setSessionTitle(() -> this.session.title()); // the map image's heading
        this.extras = new CustomerExtrasModel(session.id(), store.facilitation(), autosave, history);
        this.parking = new ParkingLotModel(session.id(), store.facilitation(), autosave, history);
        this.timers = new StageTimers(session.id(), store.facilitation(), autosave, ticker);
        this.agenda = new AgendaModel(session.id(), store.facilitation(), autosave, history, timers, ticker);
        this.checkins = new CheckinModel(session.id(), goals, store.checkins(), autosave, history, messages,
                () -> java.time.LocalDate.now(store.clock()));
        this.clients = new ClientsModel(session.id(), store.scoring(), tasks, history, this.messages::get, onSaveFailed);
        this.ownersBook = new OwnersBook(() -> this.session, store, tasks, autosave, checkins, goals, this.messages::get,
                () -> java.time.LocalDate.now(store.clock()));
    }

    /**
     * On a team workspace: writes that find the server away wait on this computer (goal texts in
     * {@code journal}, on disk, the rest in memory) instead of failing the session; call before
     * {@link #load}, which then writes what an earlier run left in the journal.
     */
    public void keepWorkWhileOffline(Journal journal, java.util.function.Predicate<Throwable> lost) {
        autosave.keepWritesWhileOffline(lost);
        goals.keepOfflineTypingIn(journal, lost);
    }

    /**
     * Opened with a role that may only read (a team workspace): the history takes no change from now
     * on, and the pages lock their fields and editing actions over {@link #editableProperty()}.
     */
    public void lockForReading() {
        autosave.discardPending();
        history.lock();
    }

    /** False when this session may only be read; the pages lock over it. */
    public javafx.beans.property.ReadOnlyBooleanProperty editableProperty() {
        return history.editableProperty();
    }

    /** True while the team workspace's server is away and changes wait on this computer. */
    public javafx.beans.property.ReadOnlyBooleanProperty offlineProperty() {
        return autosave.offlineProperty();
    }

    /** The server is away (its change feed lost it): the banner goes up before a write finds out. FX thread. */
    public void wentOffline() {
        autosave.wentOffline();
    }

    /**
     * The server is back (the connection renewed): what waited is written, in order and through the
     * same version checks, then every goal and every part followed live is read again for what others
     * changed meanwhile, which was not announced. FX thread.
     */
    public void reconnected() {
        autosave.reconnected();
        goals.writeJournal();
        goals.refreshAll();
        map.changedElsewhere();
        parking.changedElsewhere();
        clients.changedElsewhere(); // only once its page was loaded
        extras.changedElsewhere();
        timers.timeboxesChangedElsewhere();
        agenda.breaksChangedElsewhere();
    }

    /** Reads everything on the database thread; each model fills itself when its part arrives. */
    public void load() {
        goals.load();
        goals.writeJournal(); // what a run killed while offline kept, once the goals are there
        map.load(); // after the goals: its links point at them
        extras.load();
        parking.load();
        timers.load();
        agenda.load();
        checkins.load(); // after the goals: its rows are their indicators
        // client scoring is read when its page first opens: reading it sets up the default criteria
    }

    /**
     * A write failed: what the screen shows may no longer be what is stored, so the waiting writes are
     * dropped, the history (whose steps may not fit what is stored) forgotten, and the session read again.
     */
    private void writeFailed(Throwable e) {
        autosave.discardPending();
        history.clear();
        load();
        if (clients.loadedProperty().get()) {
            clients.load();
        }
        onSaveFailed.accept(com.scorecardstudio.db.ReadOnlyWorkspaceException.classify(e));
    }

    /** Shows numbers, hints and suggested texts in another language; values, history and timers stay. */
    public void setMessages(Messages now) {
        messages.set(now);
        goals.setMessages(now);
        checkins.setMessages(now);
    }

    /** Takes back the last change; typing not yet closed becomes its own step first. */
    public void undo() {
        history.undo();
    }

    public void redo() {
        history.redo();
    }

    /** Writes what is pending and stops the running timer: leaving the session. */
    public void close() {
        agenda.endBreak();
        autosave.flush();
        timers.pause();
        closeActions.forEach(Runnable::run);
        closeActions.clear();
    }

    private final List<Runnable> closeActions = new java.util.ArrayList<>();

    /** Runs {@code action} when the session is closed (a team workspace's change feed stops then). */
    public void onClose(Runnable action) {
        closeActions.add(action);
    }

    /**
     * Another user changed a row of this session on the team workspace (FX thread): the part it
     * belongs to is read and shown at once (issue 16): goals with their indicators, measurements,
     * initiatives and dots, the map, the parking lot, clients and scores, the extras and the agenda.
     * {@code id} is 0 for a table whose rows have no id of their own (a card's position, a score);
     * those parts are read whole.
     */
    public void changedElsewhere(String table, long id) {
        switch (table) {
            case "session" -> detailsChangedElsewhere();
            case "goal" -> goals.changedElsewhere(id);
            case "indicator", "initiative", "measurement" -> goals.childChangedElsewhere(table, id);
            case "dot_vote" -> goals.votesChangedElsewhere(id);
            case "dot_budget" -> goals.dotBudgetChangedElsewhere();
            // read whole, merged by id (a burst is one or two reads): these rows have no id of their own or are few
            case "goal_link", "goal_map_position" -> map.changedElsewhere();
            case "parking_note" -> parking.changedElsewhere();
            case "client", "client_score", "scoring_criterion", "scoring_settings", "scoring_strategy" -> clients.changedElsewhere();
            case "customer_policy_check", "area_assessment" -> extras.changedElsewhere();
            case "stage_timebox" -> timers.timeboxesChangedElsewhere();
            case "agenda_break" -> agenda.breaksChangedElsewhere();
            default -> { }
        }
    }

    /** The form of the scoring set-up (criteria, bands, strategies), filled when shown. */
    public ScoringSetupModel scoringSetup(Messages now, Consumer<Throwable> onError) {
        return new ScoringSetupModel(session.id(), store.scoring(), tasks, now, onError);
    }

    /** An import of a client file into this session: preview, then one transaction. */
    public ClientImportModel clientImport(List<Criterion> criteria, Executor fxThread, Messages now, Consumer<Throwable> onUnexpected) {
        return new ClientImportModel(session.id(), store.scoring(), new ClientImporter(store), new ClientFileReader(), criteria,
                tasks, fxThread, now, onUnexpected);
    }

    private final Conflicts detailsConflicts = new Conflicts();

    /** The session's details another user changed differently in the same field, waiting for the user's choice. */
    public javafx.collections.ObservableList<Conflict> detailsConflicts() {
        return detailsConflicts.view();
    }

    /**
     * The details this user saved ({@code mine}) were also changed by another user differently
     * ({@code stale} carries theirs): nothing was written. {@code keepMine} writes mine over theirs,
     * {@code keepTheirs} shows theirs. FX thread.
     */
    public void detailsConflict(Session mine, com.scorecardstudio.db.StaleWriteException stale, Consumer<Session> keepMine,
            Consumer<Session> keepTheirs) {
        Session theirs = stale.theirs(Session.class).orElseThrow();
        // one row, the details: a newer conflict about them replaces the older one
        detailsConflicts.add("session", null, "details", mine, theirs, stale, () -> keepMine.accept(theirs),
                () -> keepTheirs.accept(theirs));
    }

    private final java.util.List<Consumer<Session>> detailsListeners = new java.util.ArrayList<>();

    /** Told when another laptop changed the session's details (they are this session's now). FX thread. */
    public Runnable onDetailsChangedElsewhere(Consumer<Session> listener) {
        detailsListeners.add(listener);
        return () -> detailsListeners.remove(listener);
    }

    /** Another laptop saved the session's details: read again and told (a deleted session is left to the list). */
    private void detailsChangedElsewhere() {
        tasks.run(() -> store.sessions().find(session.id()), found -> found.filter(s -> !s.equals(session)).ifPresent(s -> {
            session = s;
            List.copyOf(detailsListeners).forEach(l -> l.accept(s));
        }), e -> org.slf4j.LoggerFactory.getLogger(OpenSession.class).warn("Could not read the session's details", e));
    }

    /** The session's details as edited and stored (title, participants); same session, same id. */
    public void setSession(Session edited) {
        if (!edited.id().equals(session.id())) {
            throw new IllegalArgumentException("another session: " + edited.id());
        }
        session = edited;
    }

    public Session session() {
        return session;
    }

    public EditHistory history() {
        return history;
    }

    public Autosave autosave() {
        return autosave;
    }

    public GoalsModel goals() {
        return goals;
    }

    public MapModel map() {
        return map;
    }

    public CustomerExtrasModel extras() {
        return extras;
    }

    public ParkingLotModel parking() {
        return parking;
    }

    public StageTimers timers() {
        return timers;
    }

    /** The plan of the day: planned minutes per stage and break, the whole-session clock, ahead / behind plan. */
    public AgendaModel agenda() {
        return agenda;
    }

    /** The follow-up after the session: review periods, actuals, status. */
    public CheckinModel checkins() {
        return checkins;
    }

    /** The owners' check-in workbook: export, and import as one undoable step. */
    public OwnersBook ownersBook() {
        return ownersBook;
    }

    public ClientsModel clients() {
        return clients;
    }

    public Messages messages() {
        return messages.get();
    }
}

package com.scorecardstudio.session;

import com.scorecardstudio.checkinbook.CheckinBookData;
import com.scorecardstudio.checkinbook.CheckinBookException;
import com.scorecardstudio.checkinbook.CheckinBookReader;
import com.scorecardstudio.checkinbook.CheckinBookWriter;
import com.scorecardstudio.checkinbook.CheckinImport;
import com.scorecardstudio.config.Language;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.excel.ExportException;
import com.scorecardstudio.i18n.Messages;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The owners' check-in workbook from the open session: written and read off the FX thread, the import
 * planned against what the Check-in page holds and recorded through {@link CheckinModel#applyImport}
 * as one undoable step. A refused workbook or import changes nothing.
 */
public final class OwnersBook {
    private final Supplier<Session> session;
    private final Store store;
    private final TaskRunner tasks;
    private final Autosave autosave;
    private final CheckinModel checkins;
    private final GoalsModel goals;
    private final Supplier<Messages> messages;
    private final Supplier<LocalDate> today;

    OwnersBook(Supplier<Session> session, Store store, TaskRunner tasks, Autosave autosave, CheckinModel checkins, GoalsModel goals,
               Supplier<Messages> messages, Supplier<LocalDate> today) {
        this.session = session;
        this.store = store;
        this.tasks = tasks;
        this.autosave = autosave;
        this.checkins = checkins;
        this.goals = goals;
        this.messages = messages;
        this.today = today;
    }

    /** What reading a workbook came to: refused as a whole (the reason), or read and planned. */
    public record Reading(Optional<String> refused, CheckinBookReader.Book book, CheckinImport.Plan plan) {
    }

    /**
     * Writes the workbook of every indicator, the periods through the current one, in {@code language};
     * {@code done} gets the number of rows written, or the reason nothing was written.
     */
    public void export(Path target, Language language, Consumer<Result> done) {
        export(target, language, null, done);
    }

    /** The same for the indicators of goals owned by {@code owner} (null: every indicator). */
    public void export(Path target, Language language, String owner, Consumer<Result> done) {
        autosave.flush(); // the workbook shows what the page shows
        long id = session.get().id();
        tasks.run(() -> {
            CheckinBookData data = CheckinBookData.read(store, id, owner, null, today.get());
            CheckinBookWriter.write(data, new Messages(language), target);
            return data.lines().size();
        }, rows -> done.accept(new Result(rows, Optional.empty())), e -> done.accept(new Result(0, Optional.of(explain(e)))));
    }

    /** The goals' owners as typed, each once (case ignored), sorted: whom a workbook can be exported for. */
    public java.util.List<String> owners() {
        java.util.TreeSet<String> owners = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        goals.goals().forEach(g -> {
            String o = com.scorecardstudio.domain.Text.clean(g.ownerProperty().get());
            if (!o.isEmpty() && !g.indicators().isEmpty()) {
                owners.add(o);
            }
        });
        return java.util.List.copyOf(owners);
    }

    /** The rows written or imported, or why nothing was. */
    public record Result(int rows, Optional<String> refused) {
    }

    /** Reads and checks {@code file} off the FX thread, then plans its import against the page's actuals (nothing written yet). */
    public void read(Path file, Consumer<Reading> done) {
        Session s = session.get();
        tasks.run(() -> CheckinBookReader.read(file, s.id(), s.uid()),
                book -> done.accept(new Reading(Optional.empty(), book, plan(book, CheckinImport.Keep.NONE))),
                e -> done.accept(new Reading(Optional.of(explain(e)), null, null)));
    }

    /** The same workbook planned again with the conflicts settled one way. */
    public Reading settle(Reading read, CheckinImport.Keep keep) {
        return new Reading(Optional.empty(), read.book(), plan(read.book(), keep));
    }

    /** Records an acceptable plan as one undoable step; the reason when it cannot be. */
    public Optional<String> apply(Reading read) {
        if (read.plan() == null || !read.plan().acceptable()) {
            return Optional.of(messages.get().get("checkinbook.gui.notImportable"));
        }
        return checkins.applyImport(read.plan().after());
    }

    private CheckinImport.Plan plan(CheckinBookReader.Book book, CheckinImport.Keep keep) {
        Map<Long, String> names = new HashMap<>();
        goals.goals().forEach(g -> g.indicators().forEach(i -> {
            if (i.dbId.get() != 0) {
                names.put(i.dbId.get(), i.nameProperty().get());
            }
        }));
        return CheckinImport.plan(book, checkins.checkinsProperty().get(), names.keySet(), id -> names.getOrDefault(id, "#" + id), keep);
    }

    private String explain(Throwable e) {
        Messages m = messages.get();
        if (e instanceof CheckinBookException c) {
            return c.message(m);
        }
        if (e instanceof ExportException x) {
            return x.message(m);
        }
        return m.get("checkinbook.gui.failed", String.valueOf(e.getMessage()));
    }
}

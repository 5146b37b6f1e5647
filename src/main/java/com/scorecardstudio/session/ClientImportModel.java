package com.scorecardstudio.session;

import com.scorecardstudio.domain.scoring.ClientRules.Field;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.i18n.Messages;
import com.scorecardstudio.clientimport.ClientFileReader;
import com.scorecardstudio.clientimport.ColumnMapping;
import com.scorecardstudio.clientimport.ColumnTarget;
import com.scorecardstudio.report.CriterionNames;
import com.scorecardstudio.clientimport.ClientImporter;
import com.scorecardstudio.clientimport.ImportException;
import com.scorecardstudio.clientimport.ImportPlan;
import com.scorecardstudio.clientimport.ImportResult;
import com.scorecardstudio.clientimport.ImportTable;
import com.scorecardstudio.db.ScoringService;
import com.scorecardstudio.session.TaskRunner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The import of a client list: read the file off the FX thread, show a preview with the column
 * mapping and the rows that would be rejected, and only on confirmation write everything in one
 * transaction, with progress. A refused file or a failed import leaves the session as it was.
 */
public final class ClientImportModel {
    /** Where the import stands. */
    public enum Step { READING, PREVIEW, IMPORTING, DONE, FAILED }

    private final long sessionId;
    private final ScoringService service;
    private final ClientImporter importer;
    private final ClientFileReader reader;
    private final List<Criterion> criteria;
    private final TaskRunner tasks;
    private final Executor fxThread;
    private final Messages messages;
    private final Consumer<Throwable> onUnexpected;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(Step.READING);
    private final ObjectProperty<ImportTable> table = new SimpleObjectProperty<>();
    private final ObservableList<ColumnTarget> mapping = FXCollections.observableArrayList();
    private final ObjectProperty<ImportPlan> plan = new SimpleObjectProperty<>();
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty fileName = new SimpleStringProperty("");
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final ObjectProperty<ImportResult> result = new SimpleObjectProperty<>();
    private Map<String, Long> existing = Map.of();

    /**
     * @param fxThread where progress reports are handed to (Platform::runLater in the app)
     * @param onUnexpected told about failures that are not the file's fault (logged and reported)
     */
    public ClientImportModel(long sessionId, ScoringService service, ClientImporter importer, ClientFileReader reader, List<Criterion> criteria,
                           TaskRunner tasks, Executor fxThread, Messages messages, Consumer<Throwable> onUnexpected) {
        this.sessionId = sessionId;
        this.service = service;
        this.importer = importer;
        this.reader = reader;
        this.criteria = List.copyOf(criteria);
        this.tasks = tasks;
        this.fxThread = fxThread;
        this.messages = messages;
        this.onUnexpected = onUnexpected;
    }

    private record Read(ImportTable table, Map<String, Long> existing) {
    }

    public void open(Path file) {
        fileName.set(file.getFileName().toString());
        step.set(Step.READING);
        tasks.run(() -> new Read(reader.read(file), service.clientIdsByName(sessionId)), read -> {
            existing = read.existing();
            table.set(read.table());
            mapping.setAll(ColumnMapping.auto(read.table().headers(), criteria));
            replan();
            step.set(Step.PREVIEW);
        }, this::failed);
    }

    private void failed(Throwable e) {
        if (e instanceof ImportException refused) {
            error.set(refused.message(messages));
        } else {
            onUnexpected.accept(e);
            error.set(messages.get("clients.import.failed"));
        }
        step.set(Step.FAILED);
    }

    /** Changes what a column holds; a target moves away from any other column that had it. */
    public void setTarget(int column, ColumnTarget target) {
        if (target != null) {
            for (int i = 0; i < mapping.size(); i++) {
                if (i != column && target.equals(mapping.get(i))) {
                    mapping.set(i, null);
                }
            }
        }
        mapping.set(column, target);
        replan();
    }

    private void replan() {
        ImportTable t = table.get();
        plan.set(t != null && ColumnMapping.hasName(mapping) ? ImportPlan.build(t, new ArrayList<>(mapping), criteria, existing) : null);
    }

    public boolean canImport() {
        return step.get() == Step.PREVIEW && plan.get() != null && plan.get().valid() > 0;
    }

    /** Writes the plan; {@code updateExisting} says whether clients already in the session take the file's values. */
    public void start(boolean updateExisting, Consumer<ImportResult> done) {
        ImportPlan p = plan.get();
        if (!canImport()) {
            return;
        }
        step.set(Step.IMPORTING);
        progress.set(0);
        tasks.run(() -> importer.apply(sessionId, p, updateExisting, x -> fxThread.execute(() -> progress.set(x))), r -> {
            result.set(r);
            progress.set(1);
            step.set(Step.DONE);
            done.accept(r);
        }, this::failed);
    }

    /** Everything a column can hold, "not imported" (null) first. */
    public List<ColumnTarget> targets() {
        List<ColumnTarget> all = new ArrayList<>();
        all.add(null);
        for (Field f : Field.values()) {
            all.add(ColumnTarget.of(f));
        }
        criteria.forEach(c -> all.add(ColumnTarget.criterion(c.key())));
        return all;
    }

    public String label(ColumnTarget t) {
        if (t == null) {
            return messages.get("clients.import.ignore");
        }
        if (!t.isCriterion()) {
            return messages.get("clients.field." + t.field().key());
        }
        return criteria.stream().filter(c -> c.key().equals(t.criterionKey())).findFirst()
                .map(c -> messages.get("scoring.axis." + c.axis().key()) + " · " + CriterionNames.name(c, messages))
                .orElse(t.criterionKey());
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    public ObjectProperty<ImportTable> tableProperty() {
        return table;
    }

    public ObservableList<ColumnTarget> mapping() {
        return mapping;
    }

    public ObjectProperty<ImportPlan> planProperty() {
        return plan;
    }

    public StringProperty errorProperty() {
        return error;
    }

    public StringProperty fileNameProperty() {
        return fileName;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public ObjectProperty<ImportResult> resultProperty() {
        return result;
    }
}

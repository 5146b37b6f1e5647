package com.scorecardstudio.clientimport;

import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.scoring.ScoringSheet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An import without questions, as the command line runs it: columns matched automatically, existing
 * clients updated, everything in one transaction. Call only on the database thread.
 */
public final class ClientImport {
    private ClientImport() {
    }

    /** What happened, with the plan (for its rejected rows) and the columns nothing matched. */
    public record Outcome(ImportResult result, ImportPlan plan, List<String> ignoredColumns) {
    }

    public static Outcome run(Store store, long sessionId, Path file) throws ImportException {
        return run(store, sessionId, file, new ClientFileReader());
    }

    public static Outcome run(Store store, long sessionId, Path file, ClientFileReader reader)
            throws ImportException {
        ImportTable table = reader.read(file);
        try {
            // one transaction: even the first-use defaults are not written if the import fails
            return store.transaction(tx -> {
                try {
                    return run(tx, sessionId, table);
                } catch (ImportException e) {
                    throw new Refused(e);
                }
            });
        } catch (Refused r) {
            throw r.refusal;
        }
    }

    private static final class Refused extends RuntimeException {
        private final transient ImportException refusal;

        Refused(ImportException refusal) {
            super(refusal);
            this.refusal = refusal;
        }
    }

    private static Outcome run(Store tx, long sessionId, ImportTable table) throws ImportException {
        ScoringSheet sheet = tx.scoring().sheet(sessionId);
        List<ColumnTarget> mapping = ColumnMapping.auto(table.headers(), sheet.criteria());
        if (!ColumnMapping.hasName(mapping)) {
            throw new ImportException("clients.import.error.noNameColumn", null, String.join(", ", table.headers()));
        }
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < mapping.size(); i++) {
            if (mapping.get(i) == null && !table.headers().get(i).isBlank()) {
                ignored.add(table.headers().get(i));
            }
        }
        ImportPlan plan = ImportPlan.build(table, mapping, sheet.criteria(),
                tx.clients().idsByNameKey(sessionId));
        ImportResult result = new ClientImporter(tx).apply(sessionId, plan, true, p -> { });
        return new Outcome(result, plan, List.copyOf(ignored));
    }
}

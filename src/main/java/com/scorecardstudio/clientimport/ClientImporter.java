package com.scorecardstudio.clientimport;

import com.scorecardstudio.db.ClientRepository;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.db.NotFoundException;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.ClientRules.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * Writes an {@link ImportPlan} in one transaction: all of it or, if anything fails, nothing. Call
 * only on the database thread.
 */
public final class ClientImporter {
    private final Store store;

    public ClientImporter(Store store) {
        this.store = store;
    }

    /**
     * @param updateExisting whether rows naming an existing client update it (otherwise they are skipped)
     * @param progress told the share done (0–1) now and then
     */
    public ImportResult apply(long sessionId, ImportPlan plan, boolean updateExisting, DoubleConsumer progress) {
        return store.transaction(tx -> {
            ClientRepository clients = tx.clients();
            // the names as they are now, not as they were when the plan was made
            Map<String, Long> existing = clients.idsByNameKey(sessionId);
            List<ImportPlan.Candidate> toAdd = new ArrayList<>();
            List<ImportPlan.Candidate> toUpdate = new ArrayList<>();
            for (ImportPlan.Candidate c : concat(plan.added(), plan.updated())) {
                Long id = existing.get(c.client().nameKey());
                if (id == null) {
                    toAdd.add(c);
                } else {
                    toUpdate.add(new ImportPlan.Candidate(c.row(), c.client(), c.scores(), id));
                }
            }
            int total = toAdd.size() + (updateExisting ? toUpdate.size() : 0);
            int step = Math.max(100, total / 20);
            int done = 0;
            progress.accept(0);
            List<Client> newClients = toAdd.stream().map(ImportPlan.Candidate::client).toList();
            List<Map<Long, Integer>> newScores = toAdd.stream().map(ImportPlan.Candidate::scores).toList();
            // added in slices so that progress moves; still one transaction
            for (int from = 0; from < newClients.size(); from += step) {
                int to = Math.min(newClients.size(), from + step);
                clients.insertAll(sessionId, newClients.subList(from, to), newScores.subList(from, to));
                done += to - from;
                progress.accept((double) done / total);
            }
            int updated = 0;
            if (updateExisting) {
                for (ImportPlan.Candidate c : toUpdate) {
                    Client old = clients.find(c.existingId()).orElseThrow(() -> new NotFoundException("client " + c.existingId()));
                    clients.update(sessionId, merge(old, c));
                    clients.setScores(old.id(), c.scores());
                    updated++;
                    if (++done % step == 0) {
                        progress.accept((double) done / total);
                    }
                }
            }
            progress.accept(1);
            return new ImportResult(toAdd.size(), updated, updateExisting ? 0 : toUpdate.size(), plan.rejected().size());
        });
    }

    /** The stored client with what the row gives; the stored name (and its spelling) stays. */
    static Client merge(Client old, ImportPlan.Candidate row) {
        Client n = row.client();
        return new Client(old.id(), old.name(),
                row.gives(Field.SEGMENT) ? n.segment() : old.segment(),
                row.gives(Field.REVENUE) ? n.revenue() : old.revenue(),
                row.gives(Field.CURRENCY) ? n.currency() : old.currency(),
                row.gives(Field.NOTES) ? n.notes() : old.notes());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }
}

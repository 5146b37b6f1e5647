package com.scorecardstudio.clientimport;

/** What an import did: clients added, clients updated, existing clients left alone, rows rejected. */
public record ImportResult(int imported, int updated, int skipped, int rejected) {
    public boolean changedAnything() {
        return imported + updated > 0;
    }
}

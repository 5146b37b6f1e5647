package com.scorecardstudio.sessionfile;

import com.scorecardstudio.db.NotFoundException;
import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Session;
import com.scorecardstudio.domain.SessionContent;
import com.scorecardstudio.domain.SessionSnapshot;
import com.scorecardstudio.domain.Text;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * Exports a session to a {@code .scorecard} file and imports one. Reading and writing the file
 * itself is {@link SessionFileFormat}; mapping its JSON to the domain, with every check, is
 * {@link SessionMapper}; the database side is {@link Store#snapshots()}. A file is checked whole
 * before anything is written, then written in one transaction. Call only on the database thread.
 */
public final class SessionFiles {
    /** What to do when the imported session already exists (same uid). */
    public enum OnConflict {
        /** Refuse with {@link SessionFileException.Reason#ALREADY_EXISTS}: ask the user, then call again. */
        ASK,
        /** Remove the existing session and store the imported one in its place. */
        REPLACE,
        /** Store the imported one as a new session (new uid, title with a suffix). */
        KEEP_BOTH
    }

    /** An imported session: its new id and title. */
    public record Imported(long sessionId, String title, boolean replaced) {
    }

    private final Store store;

    public SessionFiles(Store store) {
        this.store = store;
    }

    /** Writes the session to {@code target} atomically (the old file or the whole new one, never half). */
    public void export(long sessionId, Path target) throws SessionFileException {
        SessionFileFormat.write(read(sessionId), target, store.clock());
    }

    /** The whole session as a document, with its dots per participant, read in one transaction. */
    public SessionDocument read(long sessionId) {
        return store.transaction(tx -> {
            java.util.Map<com.scorecardstudio.domain.Stage, Integer> breaks = new java.util.EnumMap<>(com.scorecardstudio.domain.Stage.class);
            tx.facilitation().agendaBreaks(sessionId).forEach((stage, b) -> breaks.put(stage, b.minutes()));
            var checkins = new com.scorecardstudio.domain.impact.SessionCheckins(tx.checkins().read(sessionId),
                    tx.checkins().log(sessionId));
            return SessionMapper.toDocument(tx.snapshots().read(sessionId)
                    .orElseThrow(() -> new NotFoundException("session " + sessionId)), tx.goals().dotBudget(sessionId), breaks,
                    checkins);
        });
    }

    /** The existing (not deleted) session the document would collide with, if any. */
    public Optional<String> existingTitle(SessionDocument doc) {
        UUID uid = uidOf(doc);
        return uid == null ? Optional.empty() : store.sessions().findByUid(uid).map(Session::title);
    }

    /** Reads, checks and imports a file in one transaction: all of it or, on any refusal, nothing. */
    public Imported importFile(Path file, OnConflict onConflict, String keepBothSuffix) throws SessionFileException {
        return importDocument(SessionFileFormat.read(file), onConflict, keepBothSuffix);
    }

    public Imported importDocument(SessionDocument doc, OnConflict onConflict, String keepBothSuffix)
            throws SessionFileException {
        // every value is checked before the database is touched
        SessionSnapshot snapshot = SessionMapper.toSnapshot(doc, store.clock().instant());
        var checkins = SessionMapper.checkins(doc, snapshot);
        OptionalInt dotBudget = SessionMapper.dotBudget(doc);
        java.util.Map<com.scorecardstudio.domain.Stage, Integer> breaks = SessionMapper.agendaBreaks(doc);
        try {
            return store.transaction(tx -> {
                Session session = snapshot.session();
                Optional<Session> live = tx.sessions().findByUid(session.uid());
                if (live.isPresent() && onConflict == OnConflict.ASK) {
                    throw new Refused(new SessionFileException(SessionFileException.Reason.ALREADY_EXISTS,
                            session.uid().toString()));
                }
                if (live.isPresent() && onConflict == OnConflict.REPLACE) {
                    // a file without check-ins (of an app before them) would drop the actuals recorded here
                    if (!checkins.any() && !tx.checkins().read(live.get().id()).actuals().isEmpty()) {
                        throw new Refused(SessionFileException.of(SessionFileException.Reason.ALREADY_EXISTS,
                                "replaceCheckins", live.get().title()));
                    }
                    Session stored = tx.snapshots().replace(snapshot, checkins);
                    dotBudget.ifPresent(dots -> tx.goals().saveDotBudget(stored.id(), dots));
                    // the file's agenda replaces this one's: a break it does not plan is none
                    for (com.scorecardstudio.domain.Stage stage : com.scorecardstudio.domain.Stage.values()) {
                        int minutes = breaks.getOrDefault(stage, 0);
                        if (minutes > 0 || tx.facilitation().agendaBreaks(stored.id()).containsKey(stage)) {
                            tx.facilitation().saveAgendaBreak(stored.id(), stage,
                                    new com.scorecardstudio.db.FacilitationRepository.AgendaBreak(minutes, 0));
                        }
                    }
                    return new Imported(stored.id(), stored.title(), true);
                }
                SessionSnapshot toStore = live.isEmpty() ? snapshot : asCopy(snapshot, keepBothSuffix);
                Session stored = tx.snapshots().insert(toStore, checkins);
                // the votes came in with their goals; a file that does not say keeps the default
                dotBudget.ifPresent(dots -> tx.goals().saveDotBudget(stored.id(), dots));
                breaks.forEach((stage, minutes) -> tx.facilitation().saveAgendaBreak(stored.id(), stage,
                        new com.scorecardstudio.db.FacilitationRepository.AgendaBreak(minutes, 0)));
                return new Imported(stored.id(), stored.title(), false);
            });
        } catch (RuntimeException e) {
            Refused r = find(e);
            if (r != null) {
                throw r.exception;
            }
            // what the repositories or the database refuse after the checks: not content the app writes
            throw new SessionFileException(SessionFileException.Reason.INVALID_CONTENT, String.valueOf(e.getMessage()), e);
        }
    }

    /** The snapshot as a session of its own: a new uid and the title with the suffix. */
    private static SessionSnapshot asCopy(SessionSnapshot s, String suffix) {
        Session session = s.session();
        Session copy = new Session(null, UUID.randomUUID(), withSuffix(session.title(), suffix), session.organization(),
                session.industry(), session.date(), session.facilitator(), session.participants(), session.horizonYear(),
                session.notes(), session.createdAt(), null);
        var c = s.content();
        return new SessionSnapshot(new SessionContent(copy, c.goals(), c.policies(),
                c.assessments(), c.parkingNotes()), s.timeboxes(), s.scoring(), s.scoringSetUp(), s.clientTimes(), s.map());
    }

    private static Refused find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Refused r) {
                return r;
            }
        }
        return null;
    }

    /** Carries a refusal out of a transaction, which rolls it back. */
    private static final class Refused extends RuntimeException {
        final SessionFileException exception;

        Refused(SessionFileException exception) {
            super(exception.getMessage(), exception, false, false);
            this.exception = exception;
        }
    }

    /** The title with the suffix, shortened so that both fit the session title's limit. */
    static String withSuffix(String title, String suffix) {
        String t = title == null ? "" : title;
        String s = " " + suffix;
        int max = Limits.SHORT_TEXT;
        int room = Math.max(0, max - Text.length(s));
        if (Text.length(t) > room) {
            t = t.substring(0, t.offsetByCodePoints(0, room)).stripTrailing();
        }
        return t + s;
    }

    private static UUID uidOf(SessionDocument doc) {
        if (doc.session() == null || doc.session().uid() == null) {
            return null;
        }
        try {
            return UUID.fromString(doc.session().uid());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

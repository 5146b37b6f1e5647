package com.scorecardstudio.testing;

import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DbExecutor;
import com.scorecardstudio.sessionfile.SessionDocument;
import com.scorecardstudio.sessionfile.SessionFileFormat;
import com.scorecardstudio.sessionfile.SessionFiles;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * A stand-in for the app under the export/import kill test ({@code portable.PortableKillTest}):
 * {@code export DB TARGET ID1 ID2} exports the two sessions in turn over the same file;
 * {@code import DB FILE} imports the file again and again (keep both). Each finished operation is
 * acknowledged with one line, {@code DONE n}, until the process is killed.
 */
public final class PortableLoopDriver {
    private PortableLoopDriver() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Clock clock = Clock.systemUTC();
        Database db = Database.open(Path.of(args[1]), new Backups(clock, 3), Database.BackupOnOpen.BEFORE_MIGRATION);
        DbExecutor dbThread = new DbExecutor();
        SessionFiles files = new SessionFiles(db.store(clock));
        Path file = Path.of(args[2]);
        if (args[0].equals("export")) {
            long[] ids = {Long.parseLong(args[3]), Long.parseLong(args[4])};
            for (int i = 0; ; i++) {
                long id = ids[i % 2];
                dbThread.submit(() -> {
                    files.export(id, file);
                    return null;
                }).get();
                out.println("DONE " + i);
                out.flush();
            }
        }
        SessionDocument doc = SessionFileFormat.read(file);
        for (int i = 0; ; i++) {
            dbThread.submit(() -> files.importDocument(doc, SessionFiles.OnConflict.KEEP_BOTH, "(imported)")).get();
            out.println("DONE " + i);
            out.flush();
        }
    }
}

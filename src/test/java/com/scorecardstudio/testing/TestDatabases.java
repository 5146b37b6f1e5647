package com.scorecardstudio.testing;

import com.scorecardstudio.db.Backups;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DatabaseOpenException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Real H2 file databases in a test's temp folder. */
public final class TestDatabases {
    private TestDatabases() {
    }

    public static Clock fixedClock() {
        return Clock.fixed(Instant.parse("2026-11-22T10:15:30Z"), ZoneOffset.UTC);
    }

    /** A clock that moves on by a millisecond on every read, so backups get distinct names. */
    public static Clock tickingClock() {
        return new Clock() {
            private long millis = Instant.parse("2026-11-22T10:15:30Z").toEpochMilli();

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                return Instant.ofEpochMilli(millis++);
            }
        };
    }

    public static Database open(Path file) throws DatabaseOpenException {
        return Database.open(file, new Backups(fixedClock(), 10), Database.BackupOnOpen.BEFORE_MIGRATION);
    }
}

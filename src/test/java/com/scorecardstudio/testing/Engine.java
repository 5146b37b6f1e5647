package com.scorecardstudio.testing;

import com.scorecardstudio.config.ServerAddress;
import com.scorecardstudio.db.Database;
import com.scorecardstudio.db.DatabaseOpenException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The two database engines the app runs on, for suites that run on both (JUnit's
 * {@code @ParameterizedClass @EnumSource(Engine.class)}): an H2 file, and a team workspace on the
 * tests' real PostgreSQL server. The same "file" name opens the same database again on either, so
 * a test that closes and reopens sees what it stored.
 */
public enum Engine {
    H2,
    POSTGRES;

    private static final Map<Path, TestPostgres.Target> DATABASES = new ConcurrentHashMap<>();

    public Database open(Path file) throws DatabaseOpenException {
        if (this == H2) {
            return TestDatabases.open(file);
        }
        TestPostgres.Target target = DATABASES.computeIfAbsent(file.toAbsolutePath().normalize(),
                f -> TestPostgres.server().newDatabase());
        return Database.openServer(ServerAddress.parse(target.url(), Optional.empty()),
                Optional.of(target.password().toCharArray()));
    }
}

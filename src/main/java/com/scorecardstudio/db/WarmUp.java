package com.scorecardstudio.db;

import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.slf4j.LoggerFactory;

/**
 * What a process's first open and first query set up once, set up beforehand on a thread of its own,
 * so that it overlaps the work before them (the command line's parsing, H2 opening the file and the
 * integrity scan) instead of following it: jOOQ's data types (its first {@code DSL.using} initialises
 * some hundreds of them, about 50 ms on the app image) and its renderer, the class of the guarded
 * connection (made at run time, about 10 ms), and the digests the content checksums use (the JCA's
 * providers, about 15 ms). Nothing here touches a database; the
 * first real use waits for a class still being initialised here, never does the work twice.
 */
public final class WarmUp {
    private WarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static void start() {
        Thread.ofPlatform().daemon().name("database-warm-up").start(() -> {
            try {
                DSL.using(SQLDialect.H2, settings()).render(DSL.selectOne().from(DSL.table("T")).where(DSL.field("A").eq(1)));
                // the class of the guarded connection (Database#guarded), made by the JDK at its first use
                java.lang.reflect.Proxy.newProxyInstance(java.sql.Connection.class.getClassLoader(),
                        new Class<?>[] {java.sql.Connection.class}, (proxy, method, args) -> null);
                ContentChecksums.keyFor(java.util.Optional.empty());
                ContentChecksums.ofTable(ContentChecksums.PLAIN, "", 0, 0);
            } catch (RuntimeException | LinkageError e) {
                // only time was to be saved: the real use does the same and reports what fails
                LoggerFactory.getLogger(WarmUp.class).debug("Warm-up failed", e);
            }
        });
    }

    /** jOOQ's settings for every database of the app. */
    static Settings settings() {
        return new Settings().withExecuteLogging(false).withRenderSchema(false);
    }
}

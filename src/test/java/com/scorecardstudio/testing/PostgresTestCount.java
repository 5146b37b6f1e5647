package com.scorecardstudio.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Counts the tests that ran against the real PostgreSQL server (tagged {@code postgres}, or a run of a
 * suite parameterised over {@link Engine} on {@code POSTGRES}) and says so
 * at the end of the run, on the console and in {@code target/postgres-tests.txt}, which CI prints:
 * the team-workspace suite must be seen to run, never skipped without a word.
 */
public final class PostgresTestCount implements TestExecutionListener {
    private static final TestTag POSTGRES = TestTag.create("postgres");
    private final AtomicInteger passed = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (!test.isTest() || !tagged(test)) {
            return;
        }
        (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL ? passed : failed).incrementAndGet();
    }

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        if (test.isTest() && tagged(test)) {
            skipped.incrementAndGet();
        }
    }

    private TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    private boolean tagged(TestIdentifier test) {
        // a class's tag is inherited by its methods, which JUnit reports on the method itself
        for (TestIdentifier t = test; t != null; t = plan == null ? null : plan.getParent(t).orElse(null)) {
            // a suite run on both engines (testing/Engine) names the engine in its invocation
            if (t.getTags().contains(POSTGRES) || t.getDisplayName().contains("POSTGRES")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        int total = passed.get() + failed.get() + skipped.get();
        if (total == 0) {
            return;
        }
        String line = "PostgreSQL tests: " + total + " ran against a real server (" + passed.get() + " passed, " + failed.get()
                + " failed, " + skipped.get() + " skipped)";
        System.out.println(line);
        try {
            Path file = Path.of("target", "postgres-tests.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, line + System.lineSeparator(), java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            // the console line is there
        }
    }
}

package com.scorecardstudio.checkinbook;

import com.scorecardstudio.db.Store;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.domain.impact.Actual;
import com.scorecardstudio.domain.impact.Checkins;
import com.scorecardstudio.domain.impact.Period;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What importing an owners' check-in workbook would change, decided row by row before anything is
 * written, and applied all or nothing.
 *
 * <p>Per cell, with E the value exported, C the value the app holds now and W the value in the
 * workbook: an empty W changes nothing (an empty cell never deletes an actual); W equal to C changes
 * nothing; with C still E the app's value becomes W; with C changed since the export, W still E keeps
 * C (the owner did not touch it), and W different from both is a <b>conflict</b>: refused unless the
 * caller chose to keep theirs (W) or mine (C). A row is refused with its reason when W is not a number
 * (text is read in either locale by {@link LocalNumbers#parseFile}; an ambiguous {@code 1,234} is
 * refused with both readings), is a formula, date or too large, when a note is too long, when its
 * period is closed, or when its indicator or period is no longer the session's. Any refused row or
 * unresolved conflict refuses the whole import.
 */
public final class CheckinImport {
    /** How a conflict is settled: refused (the default), or one side kept for every conflict. */
    public enum Keep { NONE, THEIRS, MINE }

    /** What happened to one cell of the workbook. */
    public enum Outcome {
        CHANGED, REFUSED, CONFLICT, KEPT_MINE, TOOK_THEIRS;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** One line of the report: a row and column of the workbook, what happened, and why in words. */
    public record Finding(int row, int column, Outcome outcome, String reason, Object[] args) {
        public String columnName() {
            return CheckinBookReader.column(column);
        }

        public String text(Messages m) {
            return m.get(reason, args);
        }

        /** {@code row<TAB>column<TAB>outcome<TAB>reason}, one line (the command line's report). */
        public String line(Messages m) {
            return row + "\t" + columnName() + "\t" + outcome.key() + "\t" + text(m).replaceAll("[\\t\\r\\n]+", " ");
        }
    }

    /** A conflict as the page shows it side by side: the row, what was exported, what the app holds, what the owner sent. */
    public record Conflict(int row, int column, Period period, long indicatorId, String exported, String mine, String theirs) {
    }

    /** The decision: the actuals to write (with what they replace), every finding, the conflicts. */
    public record Plan(List<Actual> before, List<Actual> after, List<Finding> findings, List<Conflict> conflicts, int rows) {
        public Plan {
            before = List.copyOf(before);
            after = List.copyOf(after);
            findings = List.copyOf(findings);
            conflicts = List.copyOf(conflicts);
        }

        /** Whether the import may be written: no row refused and no conflict left open. */
        public boolean acceptable() {
            return findings.stream().noneMatch(f -> f.outcome() == Outcome.REFUSED || f.outcome() == Outcome.CONFLICT);
        }

        /** The findings that refuse the import, first to last. */
        public List<Finding> refusals() {
            return findings.stream().filter(f -> f.outcome() == Outcome.REFUSED || f.outcome() == Outcome.CONFLICT).toList();
        }

        public int changed() {
            return after.size();
        }
    }

    private CheckinImport() {
    }

    /**
     * Plans the import of {@code book} against the app's state now.
     *
     * @param indicators the ids of the session's indicators now
     * @param names an indicator's name by id, for the report
     */
    public static Plan plan(CheckinBookReader.Book book, Checkins now, Set<Long> indicators,
                            java.util.function.LongFunction<String> names, Keep keep) {
        List<Finding> findings = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        List<Actual> before = new ArrayList<>();
        List<Actual> after = new ArrayList<>();
        List<String> texts = book.rows().stream().filter(r -> r.actual().kind() == CheckinBookReader.Typed.Kind.TEXT)
                .map(r -> withoutPercent(r.actual().text())).toList();
        char mark = LocalNumbers.fileDecimalMark(texts);
        for (CheckinBookReader.Filled row : book.rows()) {
            Period period = row.key().period();
            long indicator = row.key().indicatorId();
            String what = period.id() + " · " + names.apply(indicator);
            int findingsBefore = findings.size();
            Actual current = now.actual(indicator, period).orElse(new Actual(indicator, period, null, ""));

            BigDecimal value = current.value();
            BigDecimal typed = number(row, mark, findings);
            BigDecimal exported = exported(row, findings);
            if (typed != null && findings.size() == findingsBefore && !same(typed, current.value())) {
                if (same(current.value(), exported)) {
                    value = typed;
                } else if (!same(typed, exported)) {
                    value = settle(row, CheckinBook.COL_ACTUAL, keep, what, plain(exported), plain(current.value()), plain(typed),
                            current.value(), typed, findings, conflicts, period, indicator);
                }
            }
            String note = current.note();
            String typedNote = note(row, findings);
            String exportedNote = Text.cleanMultiline(row.exportedNote());
            if (typedNote != null && !typedNote.equals(current.note())) {
                if (current.note().equals(exportedNote)) {
                    note = typedNote;
                } else if (!typedNote.equals(exportedNote)) {
                    note = settle(row, CheckinBook.COL_NOTE, keep, what, exportedNote, current.note(), typedNote,
                            current.note(), typedNote, findings, conflicts, period, indicator);
                }
            }
            Actual next = new Actual(indicator, period, value, note);
            boolean valueChanges = !same(next.value(), current.value());
            boolean changes = valueChanges || !next.note().equals(current.note());
            if (!changes || findings.size() > findingsBefore && findings.subList(findingsBefore, findings.size()).stream()
                    .anyMatch(f -> f.outcome() == Outcome.REFUSED || f.outcome() == Outcome.CONFLICT)) {
                continue;
            }
            int column = valueChanges ? CheckinBook.COL_ACTUAL : CheckinBook.COL_NOTE;
            if (!indicators.contains(indicator)) {
                findings.add(new Finding(row.row(), column, Outcome.REFUSED, "checkinbook.row.unknownIndicator", new Object[] {what}));
            } else if (!now.scheduled() || !now.schedule().includes(period)) {
                findings.add(new Finding(row.row(), column, Outcome.REFUSED, "checkinbook.row.notInSchedule", new Object[] {period.id()}));
            } else if (now.isClosed(period)) {
                findings.add(new Finding(row.row(), column, Outcome.REFUSED, "checkinbook.row.closed", new Object[] {period.id()}));
            } else {
                before.add(current);
                after.add(next);
                findings.add(new Finding(row.row(), column, Outcome.CHANGED, "checkinbook.row.changed",
                        new Object[] {what, shown(current), shown(next)}));
            }
        }
        return new Plan(before, after, findings, conflicts, book.rows().size());
    }

    private static <T> T settle(CheckinBookReader.Filled row, int column, Keep keep, String what, String exported, String mine,
                                String theirs, T mineValue, T theirsValue, List<Finding> findings, List<Conflict> conflicts,
                                Period period, long indicator) {
        conflicts.add(new Conflict(row.row(), column, period, indicator, exported, mine, theirs));
        Object[] args = {what, mine.isEmpty() ? "—" : mine, theirs, exported.isEmpty() ? "—" : exported};
        switch (keep) {
            case THEIRS -> {
                findings.add(new Finding(row.row(), column, Outcome.TOOK_THEIRS, "checkinbook.row.tookTheirs", args));
                return theirsValue;
            }
            case MINE -> {
                findings.add(new Finding(row.row(), column, Outcome.KEPT_MINE, "checkinbook.row.keptMine", args));
                return mineValue;
            }
            default -> {
                findings.add(new Finding(row.row(), column, Outcome.CONFLICT, "checkinbook.row.conflict", args));
                return mineValue;
            }
        }
    }

    /** The typed actual, or null when blank or refused (the refusal added). */
    private static BigDecimal number(CheckinBookReader.Filled row, char mark, List<Finding> findings) {
        CheckinBookReader.Typed t = row.actual();
        BigDecimal v;
        switch (t.kind()) {
            case BLANK -> {
                return null;
            }
            case NUMBER -> v = t.number();
            case TEXT -> {
                try {
                    v = LocalNumbers.parseFile(withoutPercent(t.text()), mark).orElse(null);
                } catch (LocalNumbers.AmbiguousNumberException e) {
                    findings.add(refused(row, CheckinBook.COL_ACTUAL, "checkinbook.row.ambiguous", t.text().strip(),
                            LocalNumbers.plain(e.grouped()), LocalNumbers.plain(e.decimals())));
                    return null;
                } catch (LocalNumbers.NotANumberException e) {
                    findings.add(refused(row, CheckinBook.COL_ACTUAL, "checkinbook.row.notANumber", clip(t.text())));
                    return null;
                }
                if (v == null) {
                    return null;
                }
            }
            case FORMULA -> {
                findings.add(refused(row, CheckinBook.COL_ACTUAL, "checkinbook.row.formula", clip(t.text())));
                return null;
            }
            case DATE -> {
                findings.add(refused(row, CheckinBook.COL_ACTUAL, "checkinbook.row.date"));
                return null;
            }
            default -> {
                findings.add(refused(row, CheckinBook.COL_ACTUAL, "checkinbook.row.notANumber", ""));
                return null;
            }
        }
        if (v.abs().compareTo(new BigDecimal(CheckinBookWriter.MAX_ACTUAL)) > 0) {
            findings.add(refused(row, CheckinBook.COL_ACTUAL, "checkinbook.row.tooLarge", LocalNumbers.plain(v)));
            return null;
        }
        // what the database keeps: ten decimals
        return v.setScale(Math.min(Math.max(v.scale(), 0), 10), RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static BigDecimal exported(CheckinBookReader.Filled row, List<Finding> findings) {
        try {
            return LocalNumbers.parsePlain(row.exportedActual().strip()).orElse(null);
        } catch (LocalNumbers.NotANumberException e) {
            findings.add(refused(row, CheckinBook.COL_EXPORTED_ACTUAL, "checkinbook.row.lockedChanged"));
            return null;
        }
    }

    /** The typed note, cleaned as the app cleans notes, or null when blank or refused. */
    private static String note(CheckinBookReader.Filled row, List<Finding> findings) {
        CheckinBookReader.Typed t = row.note();
        return switch (t.kind()) {
            case BLANK -> null;
            case TEXT -> {
                String s = Text.cleanMultiline(t.text());
                if (Text.length(s) > Limits.NOTE_TEXT) {
                    findings.add(refused(row, CheckinBook.COL_NOTE, "checkinbook.row.noteTooLong", Text.length(s), Limits.NOTE_TEXT));
                    yield null;
                }
                yield s.isEmpty() ? null : s;
            }
            case NUMBER -> LocalNumbers.plain(t.number());
            case FORMULA -> {
                findings.add(refused(row, CheckinBook.COL_NOTE, "checkinbook.row.formula", clip(t.text())));
                yield null;
            }
            default -> {
                findings.add(refused(row, CheckinBook.COL_NOTE, "checkinbook.row.noteNotText"));
                yield null;
            }
        };
    }

    /** "45 %" or "45%" typed as text means 45, as the percent unit of the indicator says. */
    private static String withoutPercent(String text) {
        String t = text.strip();
        return t.endsWith("%") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static Finding refused(CheckinBookReader.Filled row, int column, String reason, Object... args) {
        return new Finding(row.row(), column, Outcome.REFUSED, reason, args);
    }

    private static String clip(String s) {
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > 40 ? t.substring(0, 39) + "…" : t;
    }

    /**
     * Whether a value read from a number cell is the stored one: equal, or equal to what the stored
     * value became as a spreadsheet's double (the workbook keeps 15 significant digits).
     */
    static boolean same(BigDecimal typed, BigDecimal stored) {
        if (typed == null || stored == null) {
            return typed == null && stored == null;
        }
        return typed.compareTo(stored) == 0 || typed.compareTo(BigDecimal.valueOf(stored.doubleValue())) == 0;
    }

    private static String plain(BigDecimal v) {
        return LocalNumbers.plain(v);
    }

    private static String shown(Actual a) {
        return a.value() == null ? "—" : LocalNumbers.plain(a.value());
    }

    /**
     * Writes a plan in one transaction, checking there that nothing it replaces changed since it was
     * made (else {@link com.scorecardstudio.db.CheckinRefusedException} with
     * {@code CHANGED_MEANWHILE}, nothing written).
     */
    public static void apply(Store store, long sessionId, Plan plan) {
        if (!plan.acceptable()) {
            throw new IllegalStateException("a refused plan is never written");
        }
        if (!plan.after().isEmpty()) {
            store.checkins().saveAll(sessionId, plan.before(), plan.after());
        }
    }
}

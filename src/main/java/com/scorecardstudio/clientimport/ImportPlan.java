package com.scorecardstudio.clientimport;

import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.LocalNumbers;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.domain.scoring.Client;
import com.scorecardstudio.domain.scoring.ClientRules;
import com.scorecardstudio.domain.scoring.ClientRules.Field;
import com.scorecardstudio.domain.scoring.Criterion;
import com.scorecardstudio.domain.scoring.Scoring;
import com.scorecardstudio.i18n.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What an import would do, worked out before anything is written: the rows that add a client, the
 * rows that update an existing one (same name, ignoring case), and the rows rejected as a whole with
 * their row number and every reason. Empty cells change nothing: an update only overwrites what the
 * file gives. Numbers are read by {@link LocalNumbers}: number cells of a sheet in the plain form,
 * text cells in the file's own conventions, with each column's decimal mark settling {@code 1,234}.
 */
public record ImportPlan(List<Candidate> added, List<Candidate> updated, List<Rejected> rejected) {

    /** A valid row: the client it describes, its scores by criterion id, and the id of the client it updates. */
    public record Candidate(int row, Client client, Map<Long, Integer> scores, Long existingId) {
        /** Which fields the file gave a value for (an update changes only those). */
        public boolean gives(Field f) {
            return switch (f) {
                case NAME -> true;
                case SEGMENT -> !client.segment().isEmpty();
                case REVENUE -> client.revenue() != null;
                case CURRENCY -> !client.currency().isEmpty();
                case NOTES -> !client.notes().isEmpty();
            };
        }
    }

    /** A rejected row and why, as message keys with arguments. */
    public record Rejected(int row, List<Reason> reasons) {
        public String describe(Messages m) {
            return reasons.stream().map(r -> r.describe(m)).collect(Collectors.joining("; "));
        }

        /** "Row 7: …" in the user's language. */
        public String line(Messages m) {
            return m.get("clients.import.rowProblem", row, describe(m));
        }
    }

    public record Reason(String key, List<Object> args) {
        static Reason of(String key, Object... args) {
            return new Reason(key, List.of(args));
        }

        public String describe(Messages m) {
            return m.get(key, args.toArray());
        }
    }

    public int valid() {
        return added.size() + updated.size();
    }

    /**
     * Checks every row of {@code table} under {@code mapping}.
     *
     * @param existing the session's client ids by {@linkplain ClientRules#nameKey name key}
     */
    public static ImportPlan build(ImportTable table, List<ColumnTarget> mapping, List<Criterion> criteria,
                                   Map<String, Long> existing) {
        Map<String, Criterion> byKey = new HashMap<>();
        criteria.forEach(c -> byKey.put(c.key(), c));
        List<Candidate> added = new ArrayList<>();
        List<Candidate> updated = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        char[] marks = decimalMarks(table, mapping);
        for (ImportTable.Row row : table.rows()) {
            List<Reason> reasons = new ArrayList<>();
            Map<Field, String> fields = new LinkedHashMap<>();
            Map<Long, Integer> scores = new LinkedHashMap<>();
            BigDecimal revenue = null;
            for (int col = 0; col < mapping.size(); col++) {
                ColumnTarget target = mapping.get(col);
                if (target == null) {
                    continue;
                }
                String header = table.headers().get(col);
                String raw = row.value(col);
                if (raw.length() > ClientRules.CELL_TEXT_LIMIT) {
                    reasons.add(Reason.of("clients.import.reject.cellTooLong", header, ClientRules.CELL_TEXT_LIMIT));
                    continue;
                }
                String value = raw.strip();
                if (target.isCriterion()) {
                    Criterion c = byKey.get(target.criterionKey());
                    if (c == null || value.isEmpty()) {
                        continue;
                    }
                    Integer score = score(value, row.isNumberCell(col), marks[col]);
                    if (score == null) {
                        reasons.add(Reason.of("clients.import.reject.score", header, value));
                    } else {
                        scores.put(c.id(), score);
                    }
                } else if (target.field() == Field.REVENUE) {
                    try {
                        revenue = number(value, row.isNumberCell(col), marks[col]).orElse(null);
                        if (revenue != null && (revenue.signum() < 0 || revenue.compareTo(ClientRules.MAX_REVENUE) > 0)) {
                            reasons.add(Reason.of("clients.import.reject.revenueRange", header, value));
                        }
                    } catch (LocalNumbers.AmbiguousNumberException e) {
                        reasons.add(Reason.of("clients.import.reject.ambiguous", header, value, e.grouped(), e.decimals()));
                    } catch (LocalNumbers.NotANumberException e) {
                        reasons.add(Reason.of("clients.import.reject.number", header, value));
                    }
                } else {
                    fields.put(target.field(), target.field() == Field.NOTES ? Text.cleanMultiline(raw) : value);
                }
            }
            String name = fields.getOrDefault(Field.NAME, "");
            if (name.isEmpty()) {
                reasons.add(0, Reason.of("clients.import.reject.noName"));
            }
            tooLong(reasons, table, mapping, Field.NAME, fields, Limits.SHORT_TEXT);
            tooLong(reasons, table, mapping, Field.SEGMENT, fields, Limits.SHORT_TEXT);
            tooLong(reasons, table, mapping, Field.CURRENCY, fields, ClientRules.CURRENCY_LIMIT);
            tooLong(reasons, table, mapping, Field.NOTES, fields, Limits.LONG_TEXT);
            String key = ClientRules.nameKey(name);
            if (!name.isEmpty() && seen.containsKey(key)) {
                reasons.add(Reason.of("clients.import.reject.duplicate", name, seen.get(key)));
            }
            if (!reasons.isEmpty()) {
                rejected.add(new Rejected(row.number(), List.copyOf(reasons)));
                continue;
            }
            seen.put(key, row.number());
            Client client = new Client(null, name, fields.getOrDefault(Field.SEGMENT, ""), revenue,
                    fields.getOrDefault(Field.CURRENCY, ""), fields.getOrDefault(Field.NOTES, ""));
            Long id = existing.get(key);
            Candidate candidate = new Candidate(row.number(), client, Map.copyOf(scores), id);
            (id == null ? added : updated).add(candidate);
        }
        return new ImportPlan(List.copyOf(added), List.copyOf(updated), List.copyOf(rejected));
    }

    /** The decimal mark each mapped number column's text cells show (0 where none or not a number column). */
    private static char[] decimalMarks(ImportTable table, List<ColumnTarget> mapping) {
        char[] marks = new char[mapping.size()];
        for (int col = 0; col < mapping.size(); col++) {
            ColumnTarget target = mapping.get(col);
            if (target != null && (target.isCriterion() || target.field() == Field.REVENUE)) {
                int c = col;
                marks[col] = LocalNumbers.fileDecimalMark(table.rows().stream()
                        .filter(r -> !r.isNumberCell(c)).map(r -> r.value(c)).toList());
            }
        }
        return marks;
    }

    /** A number cell in the plain form, a text cell in the file's conventions with the column's decimal mark. */
    private static Optional<BigDecimal> number(String value, boolean numberCell, char columnMark)
            throws LocalNumbers.NotANumberException {
        return numberCell ? LocalNumbers.parsePlain(value) : LocalNumbers.parseFile(value, columnMark);
    }

    /** A whole number 1–5, also written 4.0 or 4,0; null for anything else. */
    static Integer score(String value) {
        return score(value, false, (char) 0);
    }

    private static Integer score(String value, boolean numberCell, char columnMark) {
        try {
            BigDecimal d = number(value, numberCell, columnMark).orElse(null);
            if (d == null || d.stripTrailingZeros().scale() > 0) {
                return null;
            }
            int s = d.intValueExact();
            return Scoring.validScore(s) ? s : null;
        } catch (LocalNumbers.NotANumberException | ArithmeticException e) {
            return null;
        }
    }

    private static void tooLong(List<Reason> reasons, ImportTable table, List<ColumnTarget> mapping, Field field,
                                Map<Field, String> fields, int limit) {
        String v = fields.get(field);
        if (v != null && Text.length(v) > limit) {
            int col = mapping.indexOf(ColumnTarget.of(field));
            reasons.add(Reason.of("clients.import.reject.tooLong", table.headers().get(col), limit, Text.length(v)));
        }
    }
}

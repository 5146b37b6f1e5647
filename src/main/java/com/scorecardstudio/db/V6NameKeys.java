package com.scorecardstudio.db;

import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.domain.scoring.ClientRules;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema version 6 (issue 19, F5): the stored {@code NAME_KEY} of clients and criteria templates
 * recomputed with the names' one normalisation ({@link ClientRules#nameKey}: spaces of every kind,
 * case, compatibility forms). SQL cannot apply it, hence a Java migration; it changes no table, so
 * jOOQ's code generation (which reads the SQL scripts only) is unaffected.
 *
 * <p>Two names that were different before and are the same now (for instance "Acme Co" and the
 * same with a no-break space) are never merged: both are kept, the older (lower id) keeps its name,
 * the later one gets a number, "Acme Co (2)", so that its key is derived from its name like every
 * other key, it stays reachable by name, and the user sees it and can merge or rename it. Each
 * rename is logged.
 */
final class V6NameKeys implements JavaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(V6NameKeys.class);

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6");
    }

    @Override
    public String getDescription() {
        return "name keys";
    }

    /** Fixed: the migration's logic is released and must not change (Flyway compares this on validate). */
    @Override
    public Integer getChecksum() {
        return 190_605;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection c = context.getConnection();
        rekey(c, "CLIENT", "SESSION_ID");
        rekey(c, "CRITERIA_TEMPLATE", null);
    }

    private record Row(long id, long group, String name, String oldKey) {
    }

    /** Recomputes the keys of {@code table}, unique within {@code groupColumn} (or the whole table). */
    static void rekey(Connection c, String table, String groupColumn) throws SQLException {
        Map<Long, List<Row>> groups = new LinkedHashMap<>();
        String group = groupColumn == null ? "0" : groupColumn;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ID, " + group + ", NAME, NAME_KEY FROM " + table + " ORDER BY 2, 1")) {
            while (rs.next()) {
                Row r = new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4));
                groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r);
            }
        }
        List<Row> changed = new ArrayList<>();
        List<String> newNames = new ArrayList<>();
        List<String> newKeys = new ArrayList<>();
        for (List<Row> rows : groups.values()) {
            Set<String> wanted = new HashSet<>();
            rows.forEach(r -> wanted.add(ClientRules.nameKey(r.name())));
            Set<String> taken = new HashSet<>();
            for (Row r : rows) {
                String name = r.name();
                String key = ClientRules.nameKey(name);
                if (!taken.add(key)) {
                    String first = name;
                    for (int n = 2; taken.contains(key) || wanted.contains(key); n++) {
                        name = numbered(first, n);
                        key = ClientRules.nameKey(name);
                    }
                    taken.add(key);
                    LOG.warn("{} {}{}: its name is the same as an earlier one's once spaces and case of every kind count"
                            + " alike; both kept, this one renamed to \"{}\"", table, r.id(),
                            groupColumn == null ? "" : " (session " + r.group() + ")", name);
                }
                if (!key.equals(r.oldKey()) || !name.equals(r.name())) {
                    changed.add(r);
                    newNames.add(name);
                    newKeys.add(key);
                }
            }
        }
        if (changed.isEmpty()) {
            return;
        }
        // two steps, so that no key is ever briefly held twice while keys move between rows
        try (PreparedStatement park = c.prepareStatement("UPDATE " + table + " SET NAME_KEY = ? WHERE ID = ?")) {
            for (Row r : changed) {
                park.setString(1, "\u0000" + r.id());
                park.setLong(2, r.id());
                park.addBatch();
            }
            park.executeBatch();
        }
        try (PreparedStatement set = c.prepareStatement("UPDATE " + table + " SET NAME = ?, NAME_KEY = ? WHERE ID = ?")) {
            for (int i = 0; i < changed.size(); i++) {
                set.setString(1, newNames.get(i));
                set.setString(2, newKeys.get(i));
                set.setLong(3, changed.get(i).id());
                set.addBatch();
            }
            set.executeBatch();
        }
        LOG.info("{}: {} name keys recomputed", table, changed.size());
    }

    /** {@code name (n)}, shortened at the end when needed to stay within the name limit. */
    static String numbered(String name, int n) {
        String suffix = " (" + n + ")";
        String base = trim(name);
        int room = Limits.SHORT_TEXT - suffix.length();
        if (Text.length(base) > room) {
            base = trim(base.substring(0, base.offsetByCodePoints(0, room)));
        }
        return base + suffix;
    }

    /** Without spaces of any kind at either end. */
    private static String trim(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && Text.isSpace(s.codePointAt(from))) {
            from += Character.charCount(s.codePointAt(from));
        }
        while (to > from && Text.isSpace(s.codePointBefore(to))) {
            to -= Character.charCount(s.codePointBefore(to));
        }
        return s.substring(from, to);
    }
}

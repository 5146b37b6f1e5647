package com.scorecardstudio.db;

import static com.scorecardstudio.db.jooq.Tables.CRITERIA_TEMPLATE;
import static com.scorecardstudio.db.jooq.Tables.CRITERIA_TEMPLATE_ITEM;
import static com.scorecardstudio.db.jooq.Tables.SCORING_CRITERION;

import com.scorecardstudio.db.jooq.tables.records.CriteriaTemplateRecord;
import com.scorecardstudio.db.jooq.tables.records.ScoringCriterionRecord;
import com.scorecardstudio.domain.Limits;
import com.scorecardstudio.domain.Text;
import com.scorecardstudio.domain.scoring.Axis;
import com.scorecardstudio.domain.scoring.ClientRules;
import com.scorecardstudio.domain.scoring.CriteriaRules;
import com.scorecardstudio.domain.scoring.CriteriaTemplate;
import com.scorecardstudio.domain.scoring.Criterion;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The criteria of each session's two axes, and the criteria templates that are not tied to a
 * session. Every write is one transaction. Call only on the database thread.
 */
public final class CriteriaRepository {
    private static final Comparator<Criterion> AXIS_ORDER = Comparator.comparing(Criterion::axis);

    private final DSLContext dsl;
    private final Clock clock;

    public CriteriaRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** The session's criteria: attractiveness first, each axis in its order. */
    public List<Criterion> list(long sessionId) {
        List<Criterion> all = new ArrayList<>(dsl.selectFrom(SCORING_CRITERION).where(SCORING_CRITERION.SESSION_ID.eq(sessionId))
                .orderBy(SCORING_CRITERION.POSITION, SCORING_CRITERION.ID)
                .fetch(r -> new Criterion(r.getId(), axis(r.getAxis()), r.getCriterionKey(), r.getName(), r.getWeight())));
        all.sort(AXIS_ORDER); // stable: keeps the position order within an axis
        return all;
    }

    /**
     * Makes the session's criteria exactly {@code criteria}, in that order. A criterion with an id
     * keeps it, and its scores, even if its key, name, axis or weight changed; one without an id is
     * added; the session's criteria not in the list are removed with their scores.
     *
     * @return the stored criteria, attractiveness first
     */
    public List<Criterion> replace(long sessionId, List<Criterion> criteria) {
        List<CriteriaRules.Problem> problems = CriteriaRules.check(criteria);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid criteria: " + problems);
        }
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            Set<Long> kept = criteria.stream().map(Criterion::id).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            tx.deleteFrom(SCORING_CRITERION).where(SCORING_CRITERION.SESSION_ID.eq(sessionId))
                    .and(kept.isEmpty() ? DSL.trueCondition() : SCORING_CRITERION.ID.notIn(kept)).execute();
            // keys may be swapped between kept criteria: park them first so no unique check trips midway
            if (!kept.isEmpty()) {
                tx.update(SCORING_CRITERION)
                        .set(SCORING_CRITERION.CRITERION_KEY, DSL.concat(DSL.inline("#"), SCORING_CRITERION.ID.cast(String.class)))
                        .where(SCORING_CRITERION.SESSION_ID.eq(sessionId)).execute();
            }
            List<Criterion> stored = new ArrayList<>();
            List<Criterion> ordered = new ArrayList<>(criteria);
            ordered.sort(AXIS_ORDER);
            for (int i = 0; i < ordered.size(); i++) {
                Criterion c = ordered.get(i);
                ScoringCriterionRecord r;
                if (c.id() != null) {
                    r = tx.selectFrom(SCORING_CRITERION).where(SCORING_CRITERION.ID.eq(c.id()))
                            .and(SCORING_CRITERION.SESSION_ID.eq(sessionId)).fetchOptional()
                            .orElseThrow(() -> new NotFoundException("criterion " + c.id()));
                } else {
                    r = tx.newRecord(SCORING_CRITERION);
                    r.setSessionId(sessionId);
                }
                r.setAxis(c.axis().key());
                r.setPosition(i);
                r.setCriterionKey(c.key());
                r.setName(c.name());
                r.setWeight(c.weight());
                r.store();
                stored.add(c.withId(r.getId()));
            }
            return stored;
        });
    }

    /** Number of scores given on each of the session's criteria (what removing one would lose). */
    public Map<Long, Integer> scoreCounts(long sessionId) {
        Map<Long, Integer> result = new HashMap<>();
        var score = com.scorecardstudio.db.jooq.Tables.CLIENT_SCORE;
        dsl.select(SCORING_CRITERION.ID, DSL.count(score.CLIENT_ID)).from(SCORING_CRITERION)
                .leftJoin(score).on(score.CRITERION_ID.eq(SCORING_CRITERION.ID))
                .where(SCORING_CRITERION.SESSION_ID.eq(sessionId)).groupBy(SCORING_CRITERION.ID)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    /** Every template, by name. */
    public List<CriteriaTemplate> templates() {
        Map<Long, List<Criterion>> items = new LinkedHashMap<>();
        dsl.selectFrom(CRITERIA_TEMPLATE_ITEM).orderBy(CRITERIA_TEMPLATE_ITEM.TEMPLATE_ID, CRITERIA_TEMPLATE_ITEM.POSITION)
                .forEach(r -> items.computeIfAbsent(r.getTemplateId(), k -> new ArrayList<>())
                        .add(new Criterion(null, axis(r.getAxis()), r.getCriterionKey(), r.getName(), r.getWeight())));
        return dsl.selectFrom(CRITERIA_TEMPLATE).orderBy(CRITERIA_TEMPLATE.NAME_KEY)
                .fetch(t -> new CriteriaTemplate(t.getId(), t.getName(), items.getOrDefault(t.getId(), List.of())));
    }

    public Optional<CriteriaTemplate> template(String name) {
        String key = ClientRules.nameKey(name);
        return templates().stream().filter(t -> ClientRules.nameKey(t.name()).equals(key)).findFirst();
    }

    /**
     * Saves criteria as a template under {@code name}; a template of the same name (ignoring case) is
     * replaced. Ids are not kept: a template is applied by key.
     */
    public CriteriaTemplate saveTemplate(String name, List<Criterion> criteria) {
        String clean = Text.clean(name);
        if (clean.isEmpty() || Text.length(clean) > Limits.SHORT_TEXT) {
            throw new IllegalArgumentException("template name must be 1-" + Limits.SHORT_TEXT + " characters");
        }
        List<CriteriaRules.Problem> problems = CriteriaRules.check(criteria);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid criteria: " + problems);
        }
        return dsl.transactionResult(cfg -> {
            DSLContext tx = DSL.using(cfg);
            String key = ClientRules.nameKey(clean);
            tx.deleteFrom(CRITERIA_TEMPLATE).where(CRITERIA_TEMPLATE.NAME_KEY.eq(key)).execute();
            CriteriaTemplateRecord t = tx.newRecord(CRITERIA_TEMPLATE);
            t.setName(clean);
            t.setNameKey(key);
            t.setCreatedAt(clock.instant().atOffset(ZoneOffset.UTC));
            t.store();
            List<Criterion> ordered = new ArrayList<>(criteria);
            ordered.sort(AXIS_ORDER);
            List<Criterion> items = new ArrayList<>();
            for (int i = 0; i < ordered.size(); i++) {
                Criterion c = ordered.get(i);
                tx.insertInto(CRITERIA_TEMPLATE_ITEM, CRITERIA_TEMPLATE_ITEM.TEMPLATE_ID, CRITERIA_TEMPLATE_ITEM.AXIS,
                                CRITERIA_TEMPLATE_ITEM.POSITION, CRITERIA_TEMPLATE_ITEM.CRITERION_KEY, CRITERIA_TEMPLATE_ITEM.NAME,
                                CRITERIA_TEMPLATE_ITEM.WEIGHT)
                        .values(t.getId(), c.axis().key(), i, c.key(), c.name(), c.weight()).execute();
                items.add(c.withId(null));
            }
            return new CriteriaTemplate(t.getId(), clean, items);
        });
    }

    public void deleteTemplate(long templateId) {
        dsl.deleteFrom(CRITERIA_TEMPLATE).where(CRITERIA_TEMPLATE.ID.eq(templateId)).execute();
    }

    /**
     * What applying a template to the session would store: the template's criteria, each taking the
     * id (and so the scores) of the session's criterion with the same key.
     */
    public static List<Criterion> merge(List<Criterion> current, CriteriaTemplate template) {
        Map<String, Long> ids = new HashMap<>();
        current.forEach(c -> ids.put(c.key(), c.id()));
        return template.criteria().stream().map(c -> c.withId(ids.get(c.key()))).toList();
    }

    private static Axis axis(String key) {
        return Axis.fromKey(key).orElseThrow(() -> new IllegalStateException("unknown axis " + key));
    }
}

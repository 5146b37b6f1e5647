package com.scorecardstudio.db;

import static com.scorecardstudio.db.jooq.Tables.GOAL;
import static com.scorecardstudio.db.jooq.Tables.GOAL_LINK;
import static com.scorecardstudio.db.jooq.Tables.GOAL_MAP_POSITION;

import com.scorecardstudio.domain.map.CardPosition;
import com.scorecardstudio.domain.map.GoalLink;
import com.scorecardstudio.domain.map.LinkStrength;
import com.scorecardstudio.domain.map.StrategyMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The strategy map's links and pinned card positions. Call only on the database thread. */
public final class MapRepository {
    private final DSLContext dsl;
    private final java.time.Clock clock;
    /** Who writes, as the other users of a team workspace see it ("changed by …"). */
    private final String actor;

    public MapRepository(DSLContext dsl) {
        this(dsl, java.time.Clock.systemUTC(), "");
    }

    MapRepository(DSLContext dsl, java.time.Clock clock, String actor) {
        this.dsl = dsl;
        this.clock = clock;
        this.actor = actor;
    }

    public StrategyMap read(long sessionId) {
        List<GoalLink> links = dsl.selectFrom(GOAL_LINK).where(GOAL_LINK.SESSION_ID.eq(sessionId)).orderBy(GOAL_LINK.ID)
                .fetch(r -> new GoalLink(r.getId(), r.getCauseGoalId(), r.getEffectGoalId(), r.getHypothesis(),
                        LinkStrength.ofKey(r.getStrength())));
        Map<Long, CardPosition> pinned = new HashMap<>();
        dsl.select(GOAL_MAP_POSITION.GOAL_ID, GOAL_MAP_POSITION.X, GOAL_MAP_POSITION.Y)
                .from(GOAL_MAP_POSITION).join(GOAL).on(GOAL.ID.eq(GOAL_MAP_POSITION.GOAL_ID))
                .where(GOAL.SESSION_ID.eq(sessionId))
                .forEach(r -> pinned.put(r.value1(), new CardPosition(r.value1(), r.value2(), r.value3())));
        return new StrategyMap(links, pinned);
    }

    /** Stores a new link of the session; returns it with its id. */
    public GoalLink insertLink(long sessionId, GoalLink link) {
        long id = dsl.insertInto(GOAL_LINK, GOAL_LINK.SESSION_ID, GOAL_LINK.CAUSE_GOAL_ID, GOAL_LINK.EFFECT_GOAL_ID,
                        GOAL_LINK.HYPOTHESIS, GOAL_LINK.STRENGTH)
                .values(sessionId, link.causeGoalId(), link.effectGoalId(), link.hypothesis(), link.strength().key())
                .returningResult(GOAL_LINK.ID).fetchOne().value1();
        return link.withId(id);
    }

    public void updateLink(long linkId, String hypothesis, LinkStrength strength) {
        dsl.update(GOAL_LINK).set(GOAL_LINK.HYPOTHESIS, hypothesis).set(GOAL_LINK.STRENGTH, strength.key())
                .where(GOAL_LINK.ID.eq(linkId)).execute();
    }

    /**
     * Saves a link's hypothesis and strength if they are still as this laptop last saw them
     * ({@code base}): a compare-and-set on the values (team workspaces, issue 16). A link another user
     * changed meanwhile throws {@link StaleWriteException} with theirs (a {@link GoalLink}) and nothing
     * is written, unless theirs already is mine; a link deleted meanwhile is left deleted.
     */
    public void updateLink(long linkId, GoalLink base, GoalLink mine) {
        int written = dsl.update(GOAL_LINK).set(GOAL_LINK.HYPOTHESIS, mine.hypothesis()).set(GOAL_LINK.STRENGTH, mine.strength().key())
                .set(GOAL_LINK.ROW_VERSION, GOAL_LINK.ROW_VERSION.plus(1)).set(GOAL_LINK.CHANGED_BY, actor)
                .set(GOAL_LINK.CHANGED_AT, java.time.OffsetDateTime.now(clock))
                .where(GOAL_LINK.ID.eq(linkId)).and(GOAL_LINK.HYPOTHESIS.eq(base.hypothesis()))
                .and(GOAL_LINK.STRENGTH.eq(base.strength().key())).execute();
        if (written == 1) {
            return;
        }
        var now = dsl.selectFrom(GOAL_LINK).where(GOAL_LINK.ID.eq(linkId)).fetchOne();
        if (now == null) {
            return; // deleted elsewhere: the map follows that delete
        }
        GoalLink theirs = new GoalLink(now.getId(), now.getCauseGoalId(), now.getEffectGoalId(), now.getHypothesis(),
                LinkStrength.ofKey(now.getStrength()));
        if (theirs.hypothesis().equals(mine.hypothesis()) && theirs.strength() == mine.strength()) {
            return;
        }
        throw new StaleWriteException("goal_link", linkId, theirs, now.getChangedBy(),
                now.getChangedAt() == null ? null : now.getChangedAt().toInstant(), now.getRowVersion());
    }

    public void deleteLink(long linkId) {
        dsl.deleteFrom(GOAL_LINK).where(GOAL_LINK.ID.eq(linkId)).execute();
    }

    /** Pins a card where the user put it (or moves its pin). */
    public void pin(CardPosition p) {
        dsl.mergeInto(GOAL_MAP_POSITION).using(dsl.selectOne()).on(GOAL_MAP_POSITION.GOAL_ID.eq(p.goalId()))
                .whenMatchedThenUpdate().set(GOAL_MAP_POSITION.X, p.x()).set(GOAL_MAP_POSITION.Y, p.y())
                .whenNotMatchedThenInsert(GOAL_MAP_POSITION.GOAL_ID, GOAL_MAP_POSITION.X, GOAL_MAP_POSITION.Y)
                .values(p.goalId(), p.x(), p.y())
                .execute();
    }

    /** Lets the automatic layout place the card again. */
    public void unpin(long goalId) {
        dsl.deleteFrom(GOAL_MAP_POSITION).where(GOAL_MAP_POSITION.GOAL_ID.eq(goalId)).execute();
    }
}

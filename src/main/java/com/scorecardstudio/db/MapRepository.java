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

    public MapRepository(DSLContext dsl) {
        this.dsl = dsl;
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

-- Live team workspaces (issue 16): every change to a session's rows is announced on the channel
-- scorecard_changes with pg_notify, after its transaction commits (PostgreSQL delivers notifications
-- only then, and drops them with a rollback). The payload is JSON: table, operation, id (when the
-- table has one), version (ROW_VERSION when it has one), session id, and origin: the writer's own
-- connection tag (set_config('scorecard.origin', ...)), so an app can skip the changes it made itself.
-- Listeners re-read what changed; the payload never carries user text (the 8000-byte limit, privacy).

CREATE FUNCTION scorecard_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_json JSONB;
    session_id BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_json := to_jsonb(OLD);
    ELSE
        row_json := to_jsonb(NEW);
    END IF;
    IF TG_TABLE_NAME = 'session' THEN
        session_id := (row_json ->> 'id')::BIGINT;
    ELSIF row_json ? 'session_id' THEN
        session_id := (row_json ->> 'session_id')::BIGINT;
    ELSIF row_json ? 'goal_id' THEN
        SELECT g.session_id INTO session_id FROM goal g WHERE g.id = (row_json ->> 'goal_id')::BIGINT;
    ELSIF row_json ? 'indicator_id' THEN
        SELECT g.session_id INTO session_id FROM indicator i JOIN goal g ON g.id = i.goal_id
            WHERE i.id = (row_json ->> 'indicator_id')::BIGINT;
    ELSIF row_json ? 'client_id' THEN
        SELECT c.session_id INTO session_id FROM client c WHERE c.id = (row_json ->> 'client_id')::BIGINT;
    END IF;
    PERFORM pg_notify('scorecard_changes', json_build_object(
        'table', TG_TABLE_NAME,
        'op', lower(TG_OP),
        'id', (row_json ->> 'id')::BIGINT,
        'version', (row_json ->> 'row_version')::BIGINT,
        'session', session_id,
        'origin', coalesce(current_setting('scorecard.origin', true), ''))::TEXT);
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t TEXT;
BEGIN
    FOREACH t IN ARRAY ARRAY['session', 'participant', 'goal', 'indicator', 'measurement', 'initiative',
            'customer_policy_check', 'area_assessment', 'parking_note', 'stage_timebox', 'stage_clock',
            'client', 'scoring_criterion', 'client_score', 'scoring_settings', 'scoring_strategy',
            'goal_link', 'goal_map_position', 'checkin_schedule', 'checkin_actual', 'checkin_period_closed',
            'agenda_break'] LOOP
        CONTINUE WHEN to_regclass(t) IS NULL;
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW '
            'EXECUTE FUNCTION scorecard_notify_change()', t || '_notify', t);
    END LOOP;
END
$$;

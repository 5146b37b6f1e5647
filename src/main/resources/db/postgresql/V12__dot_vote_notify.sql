-- Dot-voting live between laptops (issue 14): dots given and the dots per participant are announced
-- like every other change (V10). A vote row has no id of its own: its goal's id is what a listener
-- re-reads; the dots per participant belong to the session, whose id it carries.

CREATE OR REPLACE FUNCTION scorecard_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_json JSONB;
    session_id BIGINT;
    row_id BIGINT;
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
    row_id := CASE TG_TABLE_NAME
        WHEN 'dot_vote' THEN (row_json ->> 'goal_id')::BIGINT
        WHEN 'dot_budget' THEN (row_json ->> 'session_id')::BIGINT
        ELSE (row_json ->> 'id')::BIGINT END;
    PERFORM pg_notify('scorecard_changes', json_build_object(
        'table', TG_TABLE_NAME,
        'op', lower(TG_OP),
        'id', row_id,
        'version', (row_json ->> 'row_version')::BIGINT,
        'session', session_id,
        'origin', coalesce(current_setting('scorecard.origin', true), ''))::TEXT);
    RETURN NULL;
END
$$;

CREATE TRIGGER dot_vote_notify AFTER INSERT OR UPDATE OR DELETE ON dot_vote FOR EACH ROW
    EXECUTE FUNCTION scorecard_notify_change();
CREATE TRIGGER dot_budget_notify AFTER INSERT OR UPDATE OR DELETE ON dot_budget FOR EACH ROW
    EXECUTE FUNCTION scorecard_notify_change();

-- Schema version 12 on an H2 file: nothing. On a team workspace (PostgreSQL) this version announces
-- dot-voting changes to the other open apps (db/postgresql/V12__dot_vote_notify.sql). Kept so that both
-- engines count the same versions.
SELECT 1;

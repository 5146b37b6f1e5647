-- Schema version 10 on an H2 file: nothing. On a team workspace (PostgreSQL) this version adds the
-- triggers that announce each change to the other open apps (db/postgresql/V10__change_notify.sql);
-- a file has one user, so there is no one to tell. Kept so that both engines count the same versions.
SELECT 1;

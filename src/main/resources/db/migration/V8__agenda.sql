-- The session's agenda beside the stage time-boxes (STAGE_TIMEBOX): a break planned after a stage, in
-- minutes, and the time the break actually took, so that "ahead / behind plan" counts breaks too and a
-- session closed and reopened finds its agenda as it stood. A stage with no row has no break after it.
CREATE TABLE AGENDA_BREAK (
    SESSION_ID   BIGINT       NOT NULL,
    AFTER_STAGE  VARCHAR(32)  NOT NULL,
    MINUTES      INTEGER      NOT NULL,
    ELAPSED_MS   BIGINT       NOT NULL,
    CONSTRAINT PK_AGENDA_BREAK PRIMARY KEY (SESSION_ID, AFTER_STAGE),
    CONSTRAINT FK_AGENDA_BREAK_SESSION FOREIGN KEY (SESSION_ID) REFERENCES SESSION (ID) ON DELETE CASCADE,
    CONSTRAINT CK_AGENDA_BREAK_MINUTES CHECK (MINUTES >= 0 AND MINUTES <= 600),
    CONSTRAINT CK_AGENDA_BREAK_ELAPSED CHECK (ELAPSED_MS >= 0)
);

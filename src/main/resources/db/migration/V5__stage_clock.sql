-- The running state of each stage's timer: time used and minutes added, so that a session closed and
-- reopened (or a crash) finds its timers where they stood. The time-box itself stays in STAGE_TIMEBOX.
CREATE TABLE STAGE_CLOCK (
    SESSION_ID  BIGINT       NOT NULL,
    STAGE       VARCHAR(32)  NOT NULL,
    ELAPSED_MS  BIGINT       NOT NULL,
    EXTRA_MS    BIGINT       NOT NULL,
    CONSTRAINT PK_STAGE_CLOCK PRIMARY KEY (SESSION_ID, STAGE),
    CONSTRAINT FK_STAGE_CLOCK_SESSION FOREIGN KEY (SESSION_ID) REFERENCES SESSION (ID) ON DELETE CASCADE,
    CONSTRAINT CK_STAGE_CLOCK_TIMES CHECK (ELAPSED_MS >= 0 AND EXTRA_MS >= 0)
);

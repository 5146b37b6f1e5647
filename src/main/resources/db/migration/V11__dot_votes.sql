-- Dot-voting (issue 14): each participant spends a number of dots on the goals of each stage.
-- A participant is named, not referenced: the session's participant rows are rewritten whenever the
-- session details are saved, and a vote must outlive that.
CREATE TABLE DOT_VOTE (
    GOAL_ID      BIGINT        NOT NULL,
    PARTICIPANT  VARCHAR(400)  NOT NULL,
    DOTS         INTEGER       NOT NULL,
    CONSTRAINT PK_DOT_VOTE PRIMARY KEY (GOAL_ID, PARTICIPANT),
    CONSTRAINT FK_DOT_VOTE_GOAL FOREIGN KEY (GOAL_ID) REFERENCES GOAL (ID) ON DELETE CASCADE,
    CONSTRAINT CK_DOT_VOTE_DOTS CHECK (DOTS >= 1 AND DOTS <= 20)
);

-- The dots each participant has per stage; a session without a row has the default (3)
CREATE TABLE DOT_BUDGET (
    SESSION_ID  BIGINT   NOT NULL,
    DOTS        INTEGER  NOT NULL,
    CONSTRAINT PK_DOT_BUDGET PRIMARY KEY (SESSION_ID),
    CONSTRAINT FK_DOT_BUDGET_SESSION FOREIGN KEY (SESSION_ID) REFERENCES SESSION (ID) ON DELETE CASCADE,
    CONSTRAINT CK_DOT_BUDGET_DOTS CHECK (DOTS >= 1 AND DOTS <= 20)
);

-- Union trainers and community volunteers raise problems they heard at awareness sessions, with
-- how many people reported each there. Counted apart from online votes, never mixed with them.
ALTER TABLE role_grant DROP CONSTRAINT ck_role_grant_role;
ALTER TABLE role_grant ADD CONSTRAINT ck_role_grant_role
    CHECK (role IN ('CITIZEN', 'MODERATOR', 'OFFICIAL', 'POLICYMAKER', 'ADMIN', 'TRAINER'));

ALTER TABLE problem
    ADD COLUMN session_reports INT NOT NULL DEFAULT 0 AFTER reply_count,
    ADD CONSTRAINT ck_problem_session_reports CHECK (session_reports >= 0);

-- Trainer sessions as their own records (issue 20, item 6), owned by the problem feature: a union
-- trainer or community volunteer records each awareness session where people reported a problem —
-- its date, its place and how many people — on a new problem or an existing one.
-- problem.session_reports stays the total, kept equal to these rows by ProblemCounters; the
-- dashboard weighs it as its square root (docs/ranking.md).
CREATE TABLE IF NOT EXISTS trainer_session (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    problem_id  BIGINT       NOT NULL,
    trainer_id  BIGINT       NULL,
    held_on     DATE         NOT NULL,
    place_code  VARCHAR(8)   NOT NULL,
    people      INT          NOT NULL,
    created_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    CONSTRAINT ck_trainer_session_people CHECK (people BETWEEN 1 AND 10000),
    CONSTRAINT fk_trainer_session_problem FOREIGN KEY (problem_id) REFERENCES problem (id) ON DELETE CASCADE,
    CONSTRAINT fk_trainer_session_trainer FOREIGN KEY (trainer_id) REFERENCES member (id) ON DELETE SET NULL,
    CONSTRAINT fk_trainer_session_place FOREIGN KEY (place_code) REFERENCES place (code),
    INDEX ix_trainer_session_problem (problem_id, held_on),
    INDEX ix_trainer_session_trainer (trainer_id, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- the counts recorded before: one session each, on the day the problem was raised, by its author
INSERT INTO trainer_session (problem_id, trainer_id, held_on, place_code, people, created_at)
SELECT p.id, p.author_id, DATE(p.created_at), p.place_code, p.session_reports, p.created_at
  FROM problem p
 WHERE p.session_reports > 0
   AND NOT EXISTS (SELECT 1 FROM trainer_session s WHERE s.problem_id = p.id);

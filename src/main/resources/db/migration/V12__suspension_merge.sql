-- A moderator may suspend a member for a period: they can still read, but not post, vote or report
-- until it ends. A duplicate problem merged into another points to it.
ALTER TABLE member ADD COLUMN suspended_until TIMESTAMP(3) NULL AFTER status;

ALTER TABLE problem
    ADD COLUMN merged_into BIGINT NULL AFTER close_reason,
    ADD CONSTRAINT fk_problem_merged_into FOREIGN KEY (merged_into) REFERENCES problem (id);

ALTER TABLE moderation_action MODIFY COLUMN action VARCHAR(16) NOT NULL;

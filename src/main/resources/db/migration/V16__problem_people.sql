-- The people a problem affects: its author and its voters, each once (the author may vote on
-- their own problem too). The one definition the problem page, the forum lists, /api/problems and
-- the dashboard show (issue 20, item 9: the problem page said "0 affected" where the dashboard
-- said "1 person"). Kept by the problem feature's counters with vote_count, in the same UPDATE.
ALTER TABLE problem ADD COLUMN IF NOT EXISTS people INT NOT NULL DEFAULT 1;

UPDATE problem p
   SET p.people = p.vote_count
                + (NOT EXISTS (SELECT 1 FROM vote v WHERE v.problem_id = p.id AND v.member_id = p.author_id));

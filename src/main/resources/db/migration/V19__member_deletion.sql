-- A member's rights (issue 20, item 4): a member deletes their account. The row stays, so that
-- what others wrote stays whole and every counter stays equal to its rows (votes, helpful marks
-- and reports keep pointing at it), but it holds nothing of the person: login, e-mail, name and
-- password are replaced (account.entity.Member#erase), roles revoked, follows and notifications
-- deleted; status DELETED and deleted_at say when. Pages show its posts as "a former member".
ALTER TABLE member DROP CONSTRAINT ck_member_status;
ALTER TABLE member ADD CONSTRAINT ck_member_status CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DELETED'));
ALTER TABLE member ADD COLUMN IF NOT EXISTS deleted_at TIMESTAMP(3) NULL;

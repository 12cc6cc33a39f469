-- Workshops reach the commune (issue 20, item 7): a member who chooses it in their profile hears
-- of each workshop planned in their home village's commune (account owns member; notification owns
-- notification). A commune notice names its workshop (workshop_id) and, like every notification,
-- a problem: the workshop's first agenda item (a workshop always has one).
ALTER TABLE member ADD COLUMN IF NOT EXISTS workshop_notices BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE notification ADD COLUMN IF NOT EXISTS workshop_id BIGINT NULL;
ALTER TABLE notification
    ADD CONSTRAINT fk_notification_workshop FOREIGN KEY (workshop_id) REFERENCES workshop (id) ON DELETE CASCADE;
CREATE INDEX IF NOT EXISTS ix_notification_workshop ON notification (member_id, workshop_id);

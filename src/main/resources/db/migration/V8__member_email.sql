-- E-mail notifications, chosen by each member in their profile: where to send them and whether to.
-- Off by default; in-app notifications are always on.
ALTER TABLE member
    ADD COLUMN email               VARCHAR(254) NULL AFTER login,
    ADD COLUMN email_notifications BOOLEAN      NOT NULL DEFAULT FALSE AFTER email;

-- members who signed up with an e-mail address have it as their address already
UPDATE member SET email = login WHERE login LIKE '%@%';

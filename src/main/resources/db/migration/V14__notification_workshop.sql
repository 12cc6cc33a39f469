-- followers hear of workshops too: a problem put on a workshop's agenda, the workshop's outcome
ALTER TABLE notification
    DROP CONSTRAINT ck_notification_kind,
    ADD CONSTRAINT ck_notification_kind
        CHECK (kind IN ('REPLY', 'OFFICIAL_ANSWER', 'STATUS', 'MODERATION', 'REPORT_RESOLVED', 'WORKSHOP'));

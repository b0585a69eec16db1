-- An event certification-service refuses for good (a 4xx that a retry cannot change) is parked with
-- the reason instead of being retried forever; an admin lists parked events and replays them once the
-- cause is fixed. A pending event is neither delivered nor parked.
ALTER TABLE outbox_event ADD COLUMN parked_at timestamptz;
ALTER TABLE outbox_event ADD COLUMN park_reason varchar(2000);

DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL AND parked_at IS NULL;
CREATE INDEX outbox_parked ON outbox_event (parked_at, id) WHERE parked_at IS NOT NULL;

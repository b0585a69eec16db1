-- A completion event id, and a batch's Idempotency-Key, stand for one request body: a retry with the same
-- body gets the first answer again, the same key with another body is refused (422). The digest is
-- SHA-256 over the request as this service read it (see RequestDigest), in hex.
ALTER TABLE completion_receipt ADD COLUMN body_sha256 text;

-- Batch issuance by Idempotency-Key, per caller (one admin's key never collides with another's). Kept
-- as long as the certificates it names, which are never deleted.
CREATE TABLE batch_issuance (
    caller          text        NOT NULL,
    idempotency_key text        NOT NULL,
    body_sha256     text        NOT NULL,
    certificate_ids uuid[]      NOT NULL DEFAULT '{}',
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (caller, idempotency_key)
);

-- certification-service: trainer certificates, the keys that signed them, and the append-only log
-- that makes every issuance and status change tamper-evident.

-- Public keys of every key that ever signed a certificate, a status list or a log head. Private
-- keys never enter the database; a key stays published after rotation so older certificates verify.
CREATE TABLE signing_key (
    kid           text PRIMARY KEY,
    algorithm     text        NOT NULL CHECK (algorithm IN ('ES256')),
    public_jwk    text        NOT NULL,
    first_used_at timestamptz NOT NULL DEFAULT now()
);

-- Numbers every certificate: the serial's counter and its position in the status lists.
CREATE SEQUENCE certificate_number AS bigint START WITH 1 INCREMENT BY 1 CACHE 1;

CREATE TABLE certificate (
    id                    uuid PRIMARY KEY,
    number                bigint      NOT NULL UNIQUE,
    serial                text        NOT NULL UNIQUE,
    verification_code     text        NOT NULL UNIQUE CHECK (verification_code ~ '^[A-Z2-7]{16}$'),
    -- Where it came from: a completion event (enrollment-service) or an admin's record of a past training.
    source_event_id       uuid UNIQUE,
    enrollment_id         bigint,
    recorded_by           text        NOT NULL,
    -- The holder, as written on the certificate.
    holder_participant_id bigint,
    holder_account        text,
    holder_given_name     text        NOT NULL,
    holder_family_name    text        NOT NULL,
    holder_institution    text        NOT NULL,
    holder_service_number text,
    holder_language       text        NOT NULL DEFAULT 'en' CHECK (holder_language IN ('en', 'fr')),
    -- What was achieved, where and when.
    programme_code        text        NOT NULL,
    programme_version     integer     NOT NULL,
    programme_title       text        NOT NULL,
    certificate_kind      text        NOT NULL,
    cohort_id             bigint,
    cohort_code           text,
    cohort_location       text,
    cohort_start          date        NOT NULL,
    cohort_end            date        NOT NULL CHECK (cohort_end >= cohort_start),
    trainer_ids           bigint[]    NOT NULL DEFAULT '{}',
    standards             jsonb       NOT NULL,
    issuing_institutions  text[]      NOT NULL CHECK (cardinality(issuing_institutions) >= 1),
    issued_at             timestamptz NOT NULL,
    -- From the end of the training; an admin may record a training held before the platform existed.
    valid_from            timestamptz NOT NULL,
    valid_until           timestamptz,
    -- Status: changed only together with an entry in the log.
    status                text        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    status_reason         text,
    status_note           text,
    status_changed_at     timestamptz,
    supersedes            uuid REFERENCES certificate (id),
    -- Set on the old certificate when a renewal replaces it, so verification names the new one.
    superseded_by         uuid REFERENCES certificate (id),
    -- The signed Open Badges credential (VC-JWT) exactly as issued.
    credential            text        NOT NULL,
    signing_kid           text        NOT NULL REFERENCES signing_key (kid),
    CHECK (valid_until IS NULL OR valid_until > valid_from)
);

-- At most one certificate in force per enrollment; a revoked one may be followed by another.
CREATE UNIQUE INDEX certificate_one_in_force_per_enrollment
    ON certificate (enrollment_id) WHERE enrollment_id IS NOT NULL AND status <> 'REVOKED';
CREATE INDEX certificate_holder_account ON certificate (holder_account) WHERE holder_account IS NOT NULL;
CREATE INDEX certificate_holder_participant ON certificate (holder_participant_id) WHERE holder_participant_id IS NOT NULL;
CREATE INDEX certificate_valid_until ON certificate (valid_until) WHERE status = 'ACTIVE';
CREATE INDEX certificate_supersedes ON certificate (supersedes) WHERE supersedes IS NOT NULL;

-- The transparency log, in the manner of Certificate Transparency (RFC 9162): leaves in order,
-- a Merkle tree over them, and a signed head for every size the tree has had. Each leaf also names
-- the hash of the one before it, so a gap or a swap is visible without any head at all.
CREATE TABLE log_entry (
    seq            bigint PRIMARY KEY CHECK (seq >= 0),
    kind           text        NOT NULL CHECK (kind IN ('ISSUED', 'REVOKED', 'SUSPENDED', 'REINSTATED')),
    certificate_id uuid        NOT NULL REFERENCES certificate (id),
    recorded_at    timestamptz NOT NULL,
    -- The exact bytes hashed (UTF-8 JSON), so anyone can recompute the leaf hash.
    content        text        NOT NULL,
    leaf_hash      bytea       NOT NULL CHECK (octet_length(leaf_hash) = 32)
);
CREATE INDEX log_entry_certificate ON log_entry (certificate_id, seq);

-- One row: the tree's size, the roots of its perfect subtrees largest first, 32 bytes each (the
-- compact range RFC 9162 appends to), and the last leaf's hash. Every append locks it, so the log
-- stays one chain across instances.
CREATE TABLE log_state (
    id        integer PRIMARY KEY CHECK (id = 1),
    tree_size bigint NOT NULL CHECK (tree_size >= 0),
    frontier  bytea  NOT NULL CHECK (octet_length(frontier) % 32 = 0),
    last_leaf bytea
);
INSERT INTO log_state (id, tree_size, frontier) VALUES (1, 0, '');

CREATE TABLE tree_head (
    tree_size bigint PRIMARY KEY CHECK (tree_size > 0),
    root_hash bytea       NOT NULL CHECK (octet_length(root_hash) = 32),
    signed_at timestamptz NOT NULL,
    kid       text        NOT NULL REFERENCES signing_key (kid),
    -- Compact JWS over {"treeSize","rootHash","timestamp"}: verifiable with the published JWKS alone.
    signature text        NOT NULL
);

-- Completion events already turned into a certificate, or deliberately not (e.g. the programme
-- grants none): redelivery of the same event id answers the same way.
CREATE TABLE completion_receipt (
    event_id       uuid PRIMARY KEY,
    received_at    timestamptz NOT NULL,
    certificate_id uuid REFERENCES certificate (id),
    outcome        text        NOT NULL
);

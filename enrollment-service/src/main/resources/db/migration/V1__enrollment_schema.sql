-- Enrollment: cohorts pinned to a published programme version, participants, enrollments with their
-- history, attendance and assessment, the completion outbox, and what partners need to sync.

-- One sequence for every table: Hibernate takes ids 50 at a time, so inserts can be batched.
CREATE SEQUENCE id_seq START WITH 1 INCREMENT BY 50;

-- Orders changes inside one transaction for the partner feed (see stamp_change below).
CREATE SEQUENCE change_seq;

-- A change is stamped with the id of the transaction that made it and a sequence number. The feed
-- hands out only changes of transactions older than every transaction still running, so a change
-- that commits late can never fall behind a cursor a partner already holds.
CREATE FUNCTION stamp_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change_xid := pg_current_xact_id()::text::bigint;
    NEW.change_seq := nextval('change_seq');
    RETURN NEW;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Participants: officers and experts who attend, and certified trainers who teach
-- ---------------------------------------------------------------------------------------------
CREATE TABLE participant (
    id             bigint       PRIMARY KEY,
    given_name     varchar(200) NOT NULL,
    family_name    varchar(200) NOT NULL,
    institution    varchar(40)  NOT NULL CHECK (institution ~ '^[A-Z0-9][A-Z0-9-]*$'),
    service_number varchar(60)  NOT NULL,
    rank           varchar(100),
    gender         varchar(20)  NOT NULL CHECK (gender IN ('FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED')),
    email          varchar(320),
    account        varchar(200) UNIQUE,
    revision       bigint       NOT NULL DEFAULT 0,
    created_at     timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (institution, service_number)
);

-- ---------------------------------------------------------------------------------------------
-- Cohorts: one delivery of one published programme version, with a snapshot of its rules
-- ---------------------------------------------------------------------------------------------
CREATE TABLE cohort (
    id                     bigint       PRIMARY KEY,
    code                   varchar(60)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    programme_code         varchar(40)  NOT NULL,
    programme_version      integer      NOT NULL,
    programme_title        varchar(300) NOT NULL,
    min_attendance_percent integer      NOT NULL CHECK (min_attendance_percent BETWEEN 0 AND 100),
    min_overall_score      integer      NOT NULL CHECK (min_overall_score BETWEEN 0 AND 100),
    certificate_kind       varchar(20)  NOT NULL CHECK (certificate_kind IN ('TRAINER', 'PARTICIPATION', 'NONE')),
    certificate_months     integer,
    programme_snapshot     jsonb        NOT NULL,
    host_institution       varchar(40)  NOT NULL,
    partner_institutions   varchar(40)[] NOT NULL DEFAULT '{}',
    location               varchar(300) NOT NULL,
    start_date             date         NOT NULL,
    end_date               date         NOT NULL,
    session_days           date[]       NOT NULL,
    capacity               integer      NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    -- Kept by the seats trigger below, never by the application.
    seats_taken            integer      NOT NULL DEFAULT 0,
    language               varchar(10)  NOT NULL,
    status                 varchar(20)  NOT NULL CHECK (status IN ('PLANNED', 'OPEN', 'IN_PROGRESS', 'COMPLETED', 'CLOSED', 'CANCELLED')),
    revision               bigint       NOT NULL DEFAULT 0,
    created_at             timestamptz  NOT NULL DEFAULT now(),
    change_xid             bigint       NOT NULL,
    change_seq             bigint       NOT NULL,
    CHECK (end_date >= start_date),
    -- The last line of defence for capacity: no code path can seat more than there are seats.
    CHECK (seats_taken BETWEEN 0 AND capacity)
);
CREATE INDEX cohort_by_host ON cohort (host_institution, id);
CREATE INDEX cohort_by_partner ON cohort USING gin (partner_institutions);
CREATE INDEX cohort_by_programme ON cohort (programme_code, programme_version);
CREATE INDEX cohort_changes ON cohort (change_xid, change_seq);
CREATE TRIGGER cohort_change BEFORE INSERT OR UPDATE ON cohort FOR EACH ROW EXECUTE FUNCTION stamp_change();

CREATE TABLE cohort_module (
    cohort_id      bigint       NOT NULL REFERENCES cohort (id),
    position       integer      NOT NULL,
    module_code    varchar(40)  NOT NULL,
    module_version integer      NOT NULL,
    title          varchar(300) NOT NULL,
    duration_hours numeric(6,2) NOT NULL,
    min_score      integer      NOT NULL CHECK (min_score BETWEEN 0 AND 100),
    PRIMARY KEY (cohort_id, position),
    UNIQUE (cohort_id, module_code)
);

CREATE TABLE cohort_trainer (
    cohort_id      bigint NOT NULL REFERENCES cohort (id),
    participant_id bigint NOT NULL REFERENCES participant (id),
    PRIMARY KEY (cohort_id, participant_id)
);
CREATE INDEX cohort_trainer_by_participant ON cohort_trainer (participant_id);

-- ---------------------------------------------------------------------------------------------
-- Enrollments
-- ---------------------------------------------------------------------------------------------
CREATE TABLE enrollment (
    id                 bigint       PRIMARY KEY,
    cohort_id          bigint       NOT NULL REFERENCES cohort (id),
    participant_id     bigint       NOT NULL REFERENCES participant (id),
    status             varchar(20)  NOT NULL CHECK (status IN ('NOMINATED', 'CONFIRMED', 'WAITLISTED', 'ATTENDING',
                                        'COMPLETED', 'NOT_COMPLETED', 'WITHDRAWN', 'NO_SHOW')),
    waitlist_position  integer,
    attendance_percent numeric(5,2),
    overall_score      numeric(5,2),
    outcome_reasons    jsonb        NOT NULL DEFAULT '[]',
    nominated_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    revision           bigint       NOT NULL DEFAULT 0,
    change_xid         bigint       NOT NULL,
    change_seq         bigint       NOT NULL,
    UNIQUE (cohort_id, participant_id),
    UNIQUE (cohort_id, waitlist_position),
    CHECK ((status = 'WAITLISTED') = (waitlist_position IS NOT NULL))
);
CREATE INDEX enrollment_by_cohort ON enrollment (cohort_id, id);
CREATE INDEX enrollment_by_participant ON enrollment (participant_id);
CREATE INDEX enrollment_changes ON enrollment (change_xid, change_seq);
CREATE TRIGGER enrollment_change BEFORE INSERT OR UPDATE ON enrollment FOR EACH ROW EXECUTE FUNCTION stamp_change();

-- Seats are counted by the database itself, so capacity holds whatever writes the rows.
CREATE FUNCTION holds_seat(status varchar) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
    SELECT status IN ('CONFIRMED', 'ATTENDING', 'COMPLETED', 'NOT_COMPLETED')
$$;

-- Counted once per statement, from the rows the statement wrote (transition tables): a bulk import
-- of thousands of rows updates its cohort a few times, not once per row.
CREATE FUNCTION count_seats() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE cohort c SET seats_taken = c.seats_taken + d.delta
        FROM (SELECT cohort_id, count(*) AS delta FROM new_rows WHERE holds_seat(status) GROUP BY cohort_id) d
        WHERE c.id = d.cohort_id;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE cohort c SET seats_taken = c.seats_taken - d.delta
        FROM (SELECT cohort_id, count(*) AS delta FROM old_rows WHERE holds_seat(status) GROUP BY cohort_id) d
        WHERE c.id = d.cohort_id;
    ELSE
        UPDATE cohort c SET seats_taken = c.seats_taken + d.delta
        FROM (SELECT n.cohort_id, sum(holds_seat(n.status)::int - holds_seat(o.status)::int) AS delta
              FROM new_rows n JOIN old_rows o ON o.id = n.id GROUP BY n.cohort_id) d
        WHERE c.id = d.cohort_id AND d.delta <> 0;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER enrollment_seats_insert AFTER INSERT ON enrollment
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_seats();
CREATE TRIGGER enrollment_seats_update AFTER UPDATE ON enrollment
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION count_seats();
CREATE TRIGGER enrollment_seats_delete AFTER DELETE ON enrollment
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION count_seats();

-- A corrected name reaches the partners' copies: the participant's enrollments count as changed.
CREATE FUNCTION restamp_enrollments() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE enrollment SET updated_at = updated_at WHERE participant_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER participant_change AFTER UPDATE ON participant FOR EACH ROW EXECUTE FUNCTION restamp_enrollments();

CREATE TABLE enrollment_transition (
    id            bigint       PRIMARY KEY,
    enrollment_id bigint       NOT NULL REFERENCES enrollment (id) ON DELETE CASCADE,
    from_status   varchar(20),
    to_status     varchar(20)  NOT NULL,
    actor         varchar(200) NOT NULL,
    at            timestamptz  NOT NULL,
    reason        varchar(1000)
);
CREATE INDEX enrollment_transition_by_enrollment ON enrollment_transition (enrollment_id, id);

-- What a partner's copy must forget: a deleted enrollment, or a cohort no longer shared with it.
CREATE TABLE tombstone (
    id            bigint      PRIMARY KEY,
    kind          varchar(20) NOT NULL CHECK (kind IN ('COHORT', 'ENROLLMENT')),
    entity_id     bigint      NOT NULL,
    cohort_id     bigint      NOT NULL,
    -- Null: everyone who may see the cohort; else only this institution (it lost access).
    institution   varchar(40),
    deleted_at    timestamptz NOT NULL DEFAULT now(),
    change_xid    bigint      NOT NULL,
    change_seq    bigint      NOT NULL
);
CREATE INDEX tombstone_changes ON tombstone (change_xid, change_seq);
CREATE TRIGGER tombstone_change BEFORE INSERT ON tombstone FOR EACH ROW EXECUTE FUNCTION stamp_change();

-- ---------------------------------------------------------------------------------------------
-- Attendance per session day and assessment per module
-- ---------------------------------------------------------------------------------------------
CREATE TABLE attendance (
    enrollment_id bigint       NOT NULL REFERENCES enrollment (id) ON DELETE CASCADE,
    session_day   date         NOT NULL,
    present       boolean      NOT NULL,
    recorded_by   varchar(200) NOT NULL,
    recorded_at   timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (enrollment_id, session_day)
);

CREATE TABLE assessment (
    enrollment_id   bigint       NOT NULL REFERENCES enrollment (id) ON DELETE CASCADE,
    module_position integer      NOT NULL,
    score           numeric(5,2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    recorded_by     varchar(200) NOT NULL,
    recorded_at     timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (enrollment_id, module_position)
);

-- ---------------------------------------------------------------------------------------------
-- Completion events for certification-service: written with the status change, relayed after
-- ---------------------------------------------------------------------------------------------
CREATE TABLE outbox_event (
    id              uuid         PRIMARY KEY,
    kind            varchar(60)  NOT NULL,
    enrollment_id   bigint       NOT NULL,
    payload         jsonb        NOT NULL,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    attempts        integer      NOT NULL DEFAULT 0,
    next_attempt_at timestamptz  NOT NULL DEFAULT now(),
    last_error      varchar(2000),
    delivered_at    timestamptz
);
CREATE INDEX outbox_pending ON outbox_event (next_attempt_at) WHERE delivered_at IS NULL;

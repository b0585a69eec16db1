-- Curriculum: the standards catalog, versioned training modules aligned to it, and programmes.

-- One sequence for every table: Hibernate takes ids 50 at a time, so inserts can be batched.
CREATE SEQUENCE id_seq START WITH 1 INCREMENT BY 50;

-- ---------------------------------------------------------------------------------------------
-- Standards catalog
-- ---------------------------------------------------------------------------------------------
CREATE TABLE instrument (
    id            bigint       PRIMARY KEY,
    code          varchar(40)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    title         varchar(300) NOT NULL,
    kind          varchar(30)  NOT NULL CHECK (kind IN ('TREATY', 'OPTIONAL_PROTOCOL', 'SOFT_LAW',
                                   'REGIONAL_CONVENTION', 'NATIONAL_LAW', 'IHL_PRINCIPLE')),
    adopting_body varchar(200) NOT NULL,
    year          integer      NOT NULL CHECK (year BETWEEN 1800 AND 2200),
    url           varchar(500),
    created_at    timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE provision (
    id            bigint       PRIMARY KEY,
    instrument_id bigint       NOT NULL REFERENCES instrument (id),
    code          varchar(60)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9.-]*$'),
    number        varchar(40)  NOT NULL,
    short_title   varchar(300) NOT NULL,
    summary       text         NOT NULL,
    url           varchar(500),
    position      integer      NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (instrument_id, number)
);
CREATE INDEX provision_by_instrument ON provision (instrument_id, position);

-- Named sets of provisions a kind of officer must be trained on, e.g. custody officers.
CREATE TABLE standards_profile (
    id          bigint       PRIMARY KEY,
    code        varchar(60)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    title       varchar(300) NOT NULL,
    description text         NOT NULL DEFAULT '',
    created_at  timestamptz  NOT NULL DEFAULT now()
);

CREATE TABLE standards_profile_provision (
    profile_id   bigint  NOT NULL REFERENCES standards_profile (id) ON DELETE CASCADE,
    provision_id bigint  NOT NULL REFERENCES provision (id),
    position     integer NOT NULL,
    PRIMARY KEY (profile_id, provision_id)
);

-- Operational domains (arrest, custody safeguards, ...): a list authors can extend.
CREATE TABLE operational_domain (
    code       varchar(60)  PRIMARY KEY CHECK (code ~ '^[A-Z0-9][A-Z0-9_]*$'),
    title      varchar(200) NOT NULL,
    created_at timestamptz  NOT NULL DEFAULT now()
);

-- ---------------------------------------------------------------------------------------------
-- Modules: a stable code, then numbered versions. Published versions never change.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE module (
    id         bigint      PRIMARY KEY,
    code       varchar(40) NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by varchar(200) NOT NULL
);

CREATE TABLE module_version (
    id                bigint        PRIMARY KEY,
    module_id         bigint        NOT NULL REFERENCES module (id),
    number            integer       NOT NULL CHECK (number > 0),
    status            varchar(20)   NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED')),
    title             varchar(300)  NOT NULL,
    summary           text          NOT NULL,
    track             varchar(20)   NOT NULL CHECK (track IN ('FUNDAMENTAL', 'CONTINUOUS', 'SPECIALIZED')),
    domain_code       varchar(60)   NOT NULL REFERENCES operational_domain (code),
    duration_hours    numeric(6, 1) NOT NULL CHECK (duration_hours > 0),
    languages         varchar(10)[] NOT NULL,
    assessment_method varchar(500)  NOT NULL,
    row_version       integer       NOT NULL DEFAULT 0,
    created_at        timestamptz   NOT NULL,
    created_by        varchar(200)  NOT NULL,
    updated_at        timestamptz   NOT NULL,
    published_at      timestamptz,
    retired_at        timestamptz,
    search_text       tsvector GENERATED ALWAYS AS (
                          to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(summary, ''))) STORED,
    UNIQUE (module_id, number)
);
-- At most one version of a module is being worked on at a time.
CREATE UNIQUE INDEX module_version_one_open ON module_version (module_id) WHERE status IN ('DRAFT', 'IN_REVIEW');
CREATE INDEX module_version_search ON module_version USING gin (search_text);
CREATE INDEX module_version_filters ON module_version (status, track, domain_code);
CREATE INDEX module_version_languages ON module_version USING gin (languages);

CREATE TABLE objective (
    id                bigint       PRIMARY KEY,
    module_version_id bigint       NOT NULL REFERENCES module_version (id) ON DELETE CASCADE,
    code              varchar(40)  NOT NULL CHECK (code ~ '^[A-Za-z0-9][A-Za-z0-9.-]*$'),
    position          integer      NOT NULL,
    text              varchar(2000) NOT NULL,
    UNIQUE (module_version_id, code)
);
CREATE INDEX objective_by_version ON objective (module_version_id, position);

-- How an objective applies a provision to the operational task.
CREATE TABLE alignment (
    id           bigint        PRIMARY KEY,
    objective_id bigint        NOT NULL REFERENCES objective (id) ON DELETE CASCADE,
    provision_id bigint        NOT NULL REFERENCES provision (id),
    note         varchar(2000) NOT NULL DEFAULT '',
    position     integer       NOT NULL,
    UNIQUE (objective_id, provision_id)
);
CREATE INDEX alignment_by_provision ON alignment (provision_id, objective_id);

-- ---------------------------------------------------------------------------------------------
-- Programmes: ordered published module versions, completion rules, and the certificate they lead to.
-- ---------------------------------------------------------------------------------------------
CREATE TABLE programme (
    id         bigint      PRIMARY KEY,
    code       varchar(40) NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9][A-Z0-9-]*$'),
    created_at timestamptz NOT NULL DEFAULT now(),
    created_by varchar(200) NOT NULL
);

CREATE TABLE programme_version (
    id                   bigint       PRIMARY KEY,
    programme_id         bigint       NOT NULL REFERENCES programme (id),
    number               integer      NOT NULL CHECK (number > 0),
    status               varchar(20)  NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'RETIRED')),
    title                varchar(300) NOT NULL,
    audience             varchar(300) NOT NULL,
    description          text         NOT NULL,
    min_attendance_pct   integer      NOT NULL CHECK (min_attendance_pct BETWEEN 0 AND 100),
    min_module_score     integer      NOT NULL CHECK (min_module_score BETWEEN 0 AND 100),
    min_overall_score    integer      NOT NULL CHECK (min_overall_score BETWEEN 0 AND 100),
    certificate_kind     varchar(20)  NOT NULL CHECK (certificate_kind IN ('TRAINER', 'PARTICIPATION', 'NONE')),
    certificate_validity_months integer CHECK (certificate_validity_months > 0),
    row_version          integer      NOT NULL DEFAULT 0,
    created_at           timestamptz  NOT NULL,
    created_by           varchar(200) NOT NULL,
    updated_at           timestamptz  NOT NULL,
    published_at         timestamptz,
    retired_at           timestamptz,
    search_text          tsvector GENERATED ALWAYS AS (
                             to_tsvector('simple', coalesce(title, '') || ' ' || coalesce(audience, '') || ' '
                                 || coalesce(description, ''))) STORED,
    UNIQUE (programme_id, number),
    CHECK ((certificate_kind = 'TRAINER') = (certificate_validity_months IS NOT NULL))
);
CREATE UNIQUE INDEX programme_version_one_open ON programme_version (programme_id) WHERE status IN ('DRAFT', 'IN_REVIEW');
CREATE INDEX programme_version_search ON programme_version USING gin (search_text);

CREATE TABLE programme_module (
    id                   bigint  PRIMARY KEY,
    programme_version_id bigint  NOT NULL REFERENCES programme_version (id) ON DELETE CASCADE,
    module_version_id    bigint  NOT NULL REFERENCES module_version (id),
    position             integer NOT NULL,
    min_score            integer CHECK (min_score BETWEEN 0 AND 100),
    UNIQUE (programme_version_id, module_version_id)
);
CREATE INDEX programme_module_by_module ON programme_module (module_version_id);

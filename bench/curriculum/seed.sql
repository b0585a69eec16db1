-- Benchmark data for bench/curriculum/run.sh, loaded straight into the benchmark's own database
-- after Flyway has created the schema and the standards catalog. Run in ONE transaction (psql -1):
-- either all of it is there or none of it. run.sh loads it only when no BENCH data exists yet.
--
-- Shape (deterministic: every "random" choice is a hash of fixed numbers, so every run, on any
-- machine, gets the same rows):
--   instrument BENCH with 300 provisions BENCH-1 .. BENCH-300, and BENCH-UNUSED with 5 provisions that
--   no objective carries (as an instrument just added to the catalog);
--   3,000 modules BENCH-M0001 .. BENCH-M3000 with 10,000 versions (modules 1-1000: 4 versions,
--   1001-3000: 3); per module one track and one domain, per version languages, duration, a 4-word
--   title and 16-word summary drawn from ~120 words (so a word matches roughly 10-15% of versions), and
--   the rare word "polygraph" in 24 summaries; statuses: the newest version of every 10th module is a
--   DRAFT and of every 20th (5, 25, ...) IN_REVIEW, version 1 of every 4th module (with newer ones) is
--   RETIRED, the rest PUBLISHED (8,800);
--   5 objectives per version, each aligned to 2 or 3 provisions: one or two BENCH provisions and one
--   of the seeded catalog (UNCAT-10 and ICCPR-9 10% each, otherwise any catalog provision);
--   programme BENCH-30 version 1, PUBLISHED, with 30 published module versions (version 2 of modules
--   17, 117, ..., 2917) that have 10 objectives each, aligned to 3, 4 or 5 of BENCH-1 .. BENCH-270 only:
--   BENCH-271 .. BENCH-300 (and the few below 271 no hash hits) are gaps.

\set ON_ERROR_STOP on

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM instrument WHERE code = 'BENCH') OR EXISTS (SELECT 1 FROM module WHERE code LIKE 'BENCH-%') THEN
        RAISE EXCEPTION 'benchmark data (partly) present already; run.sh --reseed starts from an empty database';
    END IF;
END $$;

-- ---------------------------------------------------------------------------------------------
-- Vocabulary and lookups (temporary, dropped at commit)
-- ---------------------------------------------------------------------------------------------
CREATE TEMP TABLE bench_word ON COMMIT DROP AS
SELECT (n - 1)::int AS i, w
FROM unnest(string_to_array(
    'arrest custody detention interview search seizure force firearms restraint handcuffs escort '
    'transport cell register medical lawyer family interpreter notification rights caution silence '
    'confession evidence witness victim suspect juvenile child minor guardian migrant asylum refugee '
    'border return expulsion trafficking smuggling exploitation online abuse gender women disability '
    'minority discrimination profiling stop patrol checkpoint crowd assembly protest dispersal '
    'negotiation deescalation proportionality necessity legality accountability reporting complaint '
    'investigation oversight inspection monitoring prevention torture illtreatment dignity privacy '
    'correspondence communication recording video body camera warrant judicial review habeas '
    'remand bail release transfer identification fingerprint photograph database data protection '
    'cybercrime device forensic chain custodyrecord supervision leadership ethics integrity '
    'corruption gifts duty care health mental hunger strike death inquiry autopsy planning briefing '
    'debriefing scenario roleplay casework fieldwork practical theory assessment refresher',
    ' ')) WITH ORDINALITY AS t(w, n);
CREATE UNIQUE INDEX ON bench_word (i);

CREATE TEMP TABLE bench_const ON COMMIT DROP AS
SELECT (SELECT count(*)::int FROM bench_word) AS words,
       (SELECT array_agg(code ORDER BY code) FROM operational_domain) AS domains;

-- The catalog provisions Flyway seeded, numbered 0..n-1 (BENCH comes later and is not among them).
CREATE TEMP TABLE bench_catalog ON COMMIT DROP AS
SELECT (row_number() OVER (ORDER BY p.code) - 1)::int AS i, p.id FROM provision p;
CREATE UNIQUE INDEX ON bench_catalog (i);

-- ---------------------------------------------------------------------------------------------
-- Instrument BENCH and its 300 provisions
-- ---------------------------------------------------------------------------------------------
INSERT INTO instrument (id, code, title, kind, adopting_body, year)
VALUES (nextval('id_seq'), 'BENCH', 'Benchmark instrument with 300 provisions', 'SOFT_LAW', 'Sanad benchmark', 2026);

INSERT INTO provision (id, instrument_id, code, number, short_title, summary, position)
SELECT nextval('id_seq'), i.id, 'BENCH-' || n, n::text, 'Benchmark provision ' || n,
       'Synthetic provision ' || n || ' of the coverage benchmark.', n
FROM instrument i CROSS JOIN generate_series(1, 300) n
WHERE i.code = 'BENCH';

INSERT INTO instrument (id, code, title, kind, adopting_body, year)
VALUES (nextval('id_seq'), 'BENCH-UNUSED', 'Benchmark instrument no module carries', 'SOFT_LAW', 'Sanad benchmark', 2026);

INSERT INTO provision (id, instrument_id, code, number, short_title, summary, position)
SELECT nextval('id_seq'), i.id, 'BENCH-UNUSED-' || n, n::text, 'Unused benchmark provision ' || n,
       'Synthetic provision ' || n || ' that no objective carries.', n
FROM instrument i CROSS JOIN generate_series(1, 5) n
WHERE i.code = 'BENCH-UNUSED';

CREATE TEMP TABLE bench_provision ON COMMIT DROP AS
SELECT p.position AS n, p.id FROM provision p JOIN instrument i ON i.id = p.instrument_id WHERE i.code = 'BENCH';
CREATE UNIQUE INDEX ON bench_provision (n);

-- ---------------------------------------------------------------------------------------------
-- 3,000 modules, 10,000 versions
-- ---------------------------------------------------------------------------------------------
CREATE TEMP TABLE bench_module ON COMMIT DROP AS
SELECT m, nextval('id_seq') AS id, CASE WHEN m <= 1000 THEN 4 ELSE 3 END AS versions
FROM generate_series(1, 3000) m;

INSERT INTO module (id, code, created_at, created_by)
SELECT id, 'BENCH-M' || lpad(m::text, 4, '0'), now() - interval '400 days', 'bench'
FROM bench_module;

CREATE TEMP TABLE bench_mv ON COMMIT DROP AS
SELECT bm.m, v, bm.versions, bm.id AS module_id, nextval('id_seq') AS id,
       CASE WHEN v = bm.versions AND bm.m % 10 = 0 THEN 'DRAFT'
            WHEN v = bm.versions AND bm.m % 20 = 5 THEN 'IN_REVIEW'
            WHEN v = 1 AND bm.m % 4 = 0 THEN 'RETIRED'
            ELSE 'PUBLISHED' END AS status,
       CASE WHEN bm.m % 100 = 17 AND v = 2 THEN bm.m / 100 + 1 END AS prog   -- 1..30: in BENCH-30
FROM bench_module bm CROSS JOIN LATERAL generate_series(1, bm.versions) v;
CREATE UNIQUE INDEX ON bench_mv (m, v);

INSERT INTO module_version (id, module_id, number, status, title, summary, track, domain_code, duration_hours,
                            languages, assessment_method, row_version, created_at, created_by, updated_at,
                            published_at, retired_at)
SELECT mv.id, mv.module_id, mv.v, mv.status,
       initcap((SELECT string_agg(w.w, ' ' ORDER BY k) FROM generate_series(1, 4) k
                JOIN bench_word w ON w.i = abs(hashtext('title ' || mv.m || ' ' || mv.v || ' ' || k)) % c.words)),
       (SELECT string_agg(w.w, ' ' ORDER BY k) FROM generate_series(1, 16) k
        JOIN bench_word w ON w.i = abs(hashtext('summary ' || mv.m || ' ' || mv.v || ' ' || k)) % c.words)
           || CASE WHEN (mv.m * 4 + mv.v) % 500 = 7 THEN ' polygraph' ELSE '' END || '.',
       (ARRAY['FUNDAMENTAL', 'CONTINUOUS', 'SPECIALIZED'])[1 + abs(hashtext('track ' || mv.m)) % 3],
       c.domains[1 + abs(hashtext('domain ' || mv.m)) % cardinality(c.domains)],
       1 + (abs(hashtext('hours ' || mv.m || ' ' || mv.v)) % 40) * 0.5,
       CASE abs(hashtext('languages ' || mv.m || ' ' || mv.v)) % 6
            WHEN 0 THEN ARRAY['en'] WHEN 1 THEN ARRAY['fr'] WHEN 2 THEN ARRAY['en', 'fr']
            WHEN 3 THEN ARRAY['ar', 'en'] WHEN 4 THEN ARRAY['ar', 'en', 'fr'] ELSE ARRAY['en', 'es'] END::varchar(10)[],
       'Written test and an observed scenario',
       CASE WHEN mv.status = 'PUBLISHED' THEN 3 ELSE 1 END,
       now() - make_interval(days => 400 - mv.v * 60), 'bench',
       now() - make_interval(days => 390 - mv.v * 60),
       CASE WHEN mv.status IN ('PUBLISHED', 'RETIRED') THEN now() - make_interval(days => 390 - mv.v * 60) END,
       CASE WHEN mv.status = 'RETIRED' THEN now() - make_interval(days => 100) END
FROM bench_mv mv CROSS JOIN bench_const c;

-- ---------------------------------------------------------------------------------------------
-- Objectives: 5 per version, 10 for the programme's 30
-- ---------------------------------------------------------------------------------------------
CREATE TEMP TABLE bench_objective ON COMMIT DROP AS
SELECT mv.m, mv.v, mv.prog, mv.id AS module_version_id, k, nextval('id_seq') AS id
FROM bench_mv mv CROSS JOIN LATERAL generate_series(1, CASE WHEN mv.prog IS NULL THEN 5 ELSE 10 END) k;

INSERT INTO objective (id, module_version_id, code, position, text)
SELECT o.id, o.module_version_id, 'O' || o.k, o.k,
       'Apply ' || (SELECT string_agg(w.w, ' ' ORDER BY j) FROM generate_series(1, 8) j
                   JOIN bench_word w ON w.i = abs(hashtext('objective ' || o.m || ' ' || o.v || ' ' || o.k || ' ' || j)) % c.words)
       || ' in operational practice.'
FROM bench_objective o CROSS JOIN bench_const c;

-- ---------------------------------------------------------------------------------------------
-- Alignments
-- ---------------------------------------------------------------------------------------------
-- Ordinary versions: a BENCH provision, a catalog provision, and every other objective a second BENCH one.
INSERT INTO alignment (id, objective_id, provision_id, note, position)
SELECT nextval('id_seq'), a.objective_id, a.provision_id, 'Benchmark alignment', a.position
FROM (
    SELECT o.id AS objective_id, bp.id AS provision_id, 1 AS position
    FROM bench_objective o
    JOIN bench_provision bp ON bp.n = 1 + abs(hashtext('bench a ' || o.m || ' ' || o.v || ' ' || o.k)) % 300
    WHERE o.prog IS NULL
    UNION ALL
    SELECT o.id, CASE abs(hashtext('hot ' || o.m || ' ' || o.v || ' ' || o.k)) % 10
                     WHEN 0 THEN (SELECT id FROM provision WHERE code = 'UNCAT-10')
                     WHEN 1 THEN (SELECT id FROM provision WHERE code = 'ICCPR-9')
                     ELSE cat.id END, 2
    FROM bench_objective o
    JOIN bench_catalog cat ON cat.i = abs(hashtext('catalog ' || o.m || ' ' || o.v || ' ' || o.k))
                                      % (SELECT count(*) FROM bench_catalog)
    WHERE o.prog IS NULL
    UNION ALL
    SELECT o.id, bp.id, 3
    FROM bench_objective o
    JOIN bench_provision bp ON bp.n = 1 + abs(hashtext('bench b ' || o.m || ' ' || o.v || ' ' || o.k)) % 300
    WHERE o.prog IS NULL AND o.k % 2 = 1
) a
ON CONFLICT (objective_id, provision_id) DO NOTHING;

-- The programme's 30 versions: 3, 4 or 5 alignments per objective, over BENCH-1 .. BENCH-270 only.
INSERT INTO alignment (id, objective_id, provision_id, note, position)
SELECT nextval('id_seq'), o.id, bp.id, 'Benchmark alignment', j
FROM bench_objective o
CROSS JOIN LATERAL generate_series(1, 3 + o.k % 3) j
JOIN bench_provision bp ON bp.n = 1 + abs(hashtext('programme ' || o.prog || ' ' || o.k || ' ' || j)) % 270
WHERE o.prog IS NOT NULL
ON CONFLICT (objective_id, provision_id) DO NOTHING;

-- ---------------------------------------------------------------------------------------------
-- Programme BENCH-30 version 1, published, with the 30 versions in order
-- ---------------------------------------------------------------------------------------------
INSERT INTO programme (id, code, created_at, created_by)
VALUES (nextval('id_seq'), 'BENCH-30', now() - interval '100 days', 'bench');

INSERT INTO programme_version (id, programme_id, number, status, title, audience, description,
                               min_attendance_pct, min_module_score, min_overall_score, certificate_kind,
                               certificate_validity_months, row_version, created_at, created_by, updated_at,
                               published_at)
SELECT nextval('id_seq'), p.id, 1, 'PUBLISHED', 'Benchmark programme of 30 modules', 'Benchmark audience',
       'Thirty published modules whose objectives carry most of the BENCH instrument.',
       80, 60, 70, 'PARTICIPATION', NULL, 2, now() - interval '100 days', 'bench', now() - interval '90 days',
       now() - interval '90 days'
FROM programme p WHERE p.code = 'BENCH-30';

INSERT INTO programme_module (id, programme_version_id, module_version_id, position, min_score)
SELECT nextval('id_seq'), pv.id, mv.id, mv.prog, NULL
FROM bench_mv mv
CROSS JOIN (SELECT pv.id FROM programme_version pv JOIN programme p ON p.id = pv.programme_id
            WHERE p.code = 'BENCH-30' AND pv.number = 1) pv
WHERE mv.prog IS NOT NULL;

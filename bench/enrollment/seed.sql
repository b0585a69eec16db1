-- 1,000,020 enrollments in 33,334 cohorts of 30 (250,000 participants), one cohort in ten shared with
-- MINUSMA (99,990 enrollments a partner sees). Triggers are off while seeding, so the counters and
-- change stamps they keep are written here directly.
SET session_replication_role = replica;

INSERT INTO participant (id, given_name, family_name, institution, service_number, rank, gender)
SELECT g, 'Given ' || g, 'Family ' || g, CASE WHEN g % 4 = 0 THEN 'CNDH' ELSE 'DGSN' END, 'SN-' || g,
       'Officier de police', CASE WHEN g % 3 = 0 THEN 'FEMALE' ELSE 'MALE' END
FROM generate_series(1, 250000) g;

INSERT INTO cohort (id, code, programme_code, programme_version, programme_title, min_attendance_percent,
                    min_overall_score, certificate_kind, certificate_months, programme_snapshot, host_institution,
                    partner_institutions, location, start_date, end_date, session_days, capacity, seats_taken,
                    language, status, revision, change_xid, change_seq)
SELECT g, 'BENCH-' || g, 'TOT-MIGRATION', 1, 'Training of trainers: migration', 80, 75, 'TRAINER', 36,
       '{"code":"TOT-MIGRATION","version":1,"standards":[]}', 'DGSN',
       CASE WHEN g % 10 = 0 THEN ARRAY['MINUSMA']::varchar[] ELSE ARRAY['CNDH']::varchar[] END,
       'Rabat', date '2025-01-06', date '2025-01-08',
       ARRAY[date '2025-01-06', date '2025-01-07', date '2025-01-08'], 30, 30, 'fr', 'COMPLETED', 0,
       1, nextval('change_seq')
FROM generate_series(1, 33334) g;

INSERT INTO cohort_module (cohort_id, position, module_code, module_version, title, duration_hours, min_score)
SELECT g, m, CASE m WHEN 1 THEN 'MIGRANT-RIGHTS' ELSE 'MIGRATION-FRAMEWORKS' END, 1, 'Module ' || m, 8, 70
FROM generate_series(1, 33334) g, generate_series(1, 2) m;

INSERT INTO enrollment (id, cohort_id, participant_id, status, attendance_percent, overall_score, outcome_reasons,
                        updated_at, change_xid, change_seq)
SELECT g, (g - 1) / 30 + 1, (g - 1) % 250000 + 1,
       CASE WHEN g % 10 = 0 THEN 'NOT_COMPLETED' ELSE 'COMPLETED' END,
       CASE WHEN g % 10 = 0 THEN 66.67 ELSE 100 END, 82.5,
       CASE WHEN g % 10 = 0 THEN '["attendance 66.67% < 80%"]'::jsonb ELSE '[]'::jsonb END,
       now(), 1, nextval('change_seq')
FROM generate_series(1, 1000020) g;

SET session_replication_role = DEFAULT;
SELECT setval('id_seq', 2000000);
ANALYZE;

-- The statements the service runs for each measured request, as prepared statements, so that
-- run.sh can EXPLAIN (ANALYZE, BUFFERS) them the way PostgreSQL runs them for the service: the
-- JDBC driver switches to a named server-side statement after 5 executions, and from the 6th
-- execution on PostgreSQL may use a generic plan (parameters unknown at planning time) instead
-- of a custom one. run.sh executes each statement 6 times before explaining it.
--
-- The SQL mirrors, with the same text and parameter order, what the service builds:
--   cov_cells        CoverageQuery.CELLS with SCOPE_INSTRUMENT ($1 programme version id, $2 instrument id)
--   search_*         ModuleSearch.search through KeysetQuery: the base query, the status filter, the
--                    shape's own conditions in the order ModuleSearch adds them, then ORDER BY and LIMIT
--                    (page size + 1). $1 is always the statuses the caller may see.
-- Keep it in step with those classes when they change (run.sh also checks that each search
-- statement returns the module versions the API returned).

PREPARE cov_cells(bigint, bigint) AS
WITH pm AS (
    SELECT pm.module_version_id, pm.position, mv.duration_hours,
           (SELECT count(*) FROM objective x WHERE x.module_version_id = pm.module_version_id) AS objectives
    FROM programme_module pm JOIN module_version mv ON mv.id = pm.module_version_id
    WHERE pm.programme_version_id = $1),
cells AS (
    SELECT a.provision_id, pm.position, array_agg(o.code ORDER BY o.position) AS codes,
           count(*) AS carrying, pm.objectives, pm.duration_hours
    FROM pm JOIN objective o ON o.module_version_id = pm.module_version_id
    JOIN alignment a ON a.objective_id = o.id
    GROUP BY a.provision_id, pm.position, pm.objectives, pm.duration_hours),
scope AS (SELECT id AS provision_id, position AS ord FROM provision WHERE instrument_id = $2)
SELECT p.code, i.code, p.number, p.short_title, c.position, c.codes, c.carrying, c.objectives, c.duration_hours
FROM scope s JOIN provision p ON p.id = s.provision_id JOIN instrument i ON i.id = p.instrument_id
LEFT JOIN cells c ON c.provision_id = s.provision_id
ORDER BY s.ord, i.code, p.position, c.position;

-- ?q=WORD: the text is bound twice (websearch and exact module code).
PREPARE search_text(varchar[], varchar, varchar, int) AS
SELECT m.code, mv.number, mv.status, mv.title, mv.track, mv.domain_code, mv.duration_hours,
       mv.languages, mv.published_at
FROM module_version mv JOIN module m ON m.id = mv.module_id
WHERE true AND mv.status = ANY(CAST($1 AS varchar[]))
  AND (mv.search_text @@ websearch_to_tsquery('simple', $2) OR m.code = upper($3))
ORDER BY m.code, mv.number LIMIT $4;

-- ?track=T&language=L
PREPARE search_track_language(varchar[], varchar, varchar, int) AS
SELECT m.code, mv.number, mv.status, mv.title, mv.track, mv.domain_code, mv.duration_hours,
       mv.languages, mv.published_at
FROM module_version mv JOIN module m ON m.id = mv.module_id
WHERE true AND mv.status = ANY(CAST($1 AS varchar[]))
  AND mv.track = $2
  AND mv.languages @> ARRAY[CAST($3 AS varchar)]
ORDER BY m.code, mv.number LIMIT $4;

-- ?provision=CODE
PREPARE search_provision(varchar[], varchar, int) AS
SELECT m.code, mv.number, mv.status, mv.title, mv.track, mv.domain_code, mv.duration_hours,
       mv.languages, mv.published_at
FROM module_version mv JOIN module m ON m.id = mv.module_id
WHERE true AND mv.status = ANY(CAST($1 AS varchar[]))
  AND EXISTS (SELECT 1 FROM objective o JOIN alignment a ON a.objective_id = o.id
              JOIN provision p ON p.id = a.provision_id WHERE o.module_version_id = mv.id AND p.code = $2)
ORDER BY m.code, mv.number LIMIT $3;

-- ?instrument=CODE
PREPARE search_instrument(varchar[], varchar, int) AS
SELECT m.code, mv.number, mv.status, mv.title, mv.track, mv.domain_code, mv.duration_hours,
       mv.languages, mv.published_at
FROM module_version mv JOIN module m ON m.id = mv.module_id
WHERE true AND mv.status = ANY(CAST($1 AS varchar[]))
  AND EXISTS (SELECT 1 FROM objective o JOIN alignment a ON a.objective_id = o.id
              JOIN provision p ON p.id = a.provision_id WHERE o.module_version_id = mv.id
              AND p.instrument_id = (SELECT id FROM instrument WHERE code = $2))
ORDER BY m.code, mv.number LIMIT $3;

-- ?cursor=C (no filter): the page after (code, number)
PREPARE search_after(varchar[], varchar, int, int) AS
SELECT m.code, mv.number, mv.status, mv.title, mv.track, mv.domain_code, mv.duration_hours,
       mv.languages, mv.published_at
FROM module_version mv JOIN module m ON m.id = mv.module_id
WHERE true AND mv.status = ANY(CAST($1 AS varchar[]))
  AND (m.code, mv.number) > ($2, $3)
ORDER BY m.code, mv.number LIMIT $4;

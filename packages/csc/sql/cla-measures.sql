-- The SSDA903 measures of the year in `params`, one row each: indicator_id, numerator, denominator, value
-- (the mean for the adoption measures; for the distance, the children whose distance is unknown). Run after
-- 01-stitch.sql. Only children with an episode in the year's own file count, except the adoption measures,
-- which cover the 3 years ending 31 March from every file.

WITH
-- A child with an unreadable DEC on an episode started by 31 March cannot be placed: left out, never "open".
bad_end AS (
  SELECT DISTINCT e.child FROM s_episodes e, p WHERE e.decom <= p.census AND e.dec_invalid
),
cur AS (
  SELECT e.* FROM e_ordered e JOIN lac_current USING (child), p
  WHERE e.decom <= p.census AND e.child NOT IN (SELECT child FROM bad_end)
),
-- The episode open at 31 March (an episode ending on 31 March is not open then): the latest such.
at31 AS (
  SELECT cur.* FROM cur, p WHERE cur.dec IS NULL OR cur.dec > p.census
  QUALIFY row_number() OVER (PARTITION BY child ORDER BY decom DESC) = 1
),
looked_after AS (SELECT * FROM at31 WHERE ls IS NULL OR ls NOT IN ('V3', 'V4')),

-- cla-distance-20m: PL_DISTANCE and PL_LOCATION where the rows have them, else from the postcode lookup: the
-- straight line between home and placement in miles to 1 dp, outside the LA when the districts differ.
lookup AS (SELECT upper(regexp_replace(postcode, '\s+', '', 'g')) AS pc, easting, northing, la FROM postcodes),
placed AS (
  SELECT l.child,
    coalesce(l.distance, round(sqrt((h.easting - q.easting) ^ 2 + (h.northing - q.northing) ^ 2) / 1609.344, 1))
      AS miles,
    coalesce(l.location, CASE WHEN h.la IS NOT NULL AND q.la IS NOT NULL
      THEN CASE WHEN h.la <> q.la THEN 'OUT' ELSE 'IN' END END) AS location
  FROM looked_after l
  LEFT JOIN lookup h ON h.pc = upper(regexp_replace(l.home_post, '\s+', '', 'g'))
  LEFT JOIN lookup q ON q.pc = upper(regexp_replace(l.pl_post, '\s+', '', 'g'))
),

-- cla-3-placements: placements held in the year, short-break episodes ignored; the first held counts, then
-- each episode begun with a new carer (RNE S, P, B), except, with temporary_placements 'continue', a temporary
-- placement (T0–T4) and the return from one to the placement before it.
held AS (
  SELECT cur.child, row_number() OVER (PARTITION BY cur.child ORDER BY cur.decom) AS k,
    cur.rne IN ('S', 'P', 'B')
      AND NOT (p.temporary_placements = 'continue' AND (cur.is_temporary OR cur.returns_across_temporary))
      AS new_carer
  FROM cur, p
  WHERE (cur.ls IS NULL OR cur.ls NOT IN ('V3', 'V4')) AND (cur.dec IS NULL OR cur.dec > p.year_start)
),
placements AS (
  SELECT child, count(*) FILTER (WHERE k = 1 OR new_carer) AS n FROM held GROUP BY child
),

-- cla-long-term-stability.
care_start AS (SELECT child, care_id, min(decom) AS care_start FROM e_ordered GROUP BY child, care_id),
run_firsts AS (
  SELECT e.child, e.placement_id, e.decom AS run_start, e.place, e.rne, e.contiguous
  FROM e_ordered e WHERE e.starts_placement = 1
),
placement_start AS (
  -- Placed for adoption with new carers (A3–A6 begun with P or B, straight after the episode before): the
  -- placement before counts too.
  SELECT f.child, f.placement_id,
    CASE WHEN f.place IN ('A3', 'A4', 'A5', 'A6') AND f.rne IN ('P', 'B') AND f.contiguous
      THEN lag(f.run_start) OVER (PARTITION BY f.child ORDER BY f.run_start)
      ELSE f.run_start END AS since
  FROM run_firsts f
),
stability AS (
  SELECT l.child, ps.since <= p.census - INTERVAL 2 YEAR AS stable
  FROM looked_after l
  JOIN s_dob d ON d.child = l.child AND d.dob IS NOT NULL
  JOIN care_start c ON c.child = l.child AND c.care_id = l.care_id
  JOIN placement_start ps ON ps.child = l.child AND ps.placement_id = l.placement_id, p
  WHERE d.dob + INTERVAL 16 YEAR > p.census AND c.care_start <= p.census - INTERVAL 30 MONTH
),

-- cla-missing: children looked after at any time in the year, not only under V3/V4.
in_year AS (
  SELECT DISTINCT cur.child FROM cur, p
  WHERE (cur.dec IS NULL OR cur.dec >= p.year_start) AND (cur.ls IS NULL OR cur.ls NOT IN ('V3', 'V4'))
),
incidents AS (
  SELECT m.* FROM s_missing m, p
  WHERE m.start <= p.census AND CASE p.missing_kinds
    WHEN 'missing-or-away' THEN m.missing IN ('M', 'A') WHEN 'away' THEN m.missing = 'A' ELSE m.missing = 'M' END
),
missing_children AS (
  SELECT c.child,
    EXISTS (SELECT 1 FROM incidents m, p WHERE m.child = c.child AND NOT m.end_invalid
      AND (m.end_date IS NULL OR m.end_date >= p.year_start)) AS hit,
    EXISTS (SELECT 1 FROM incidents m WHERE m.child = c.child AND m.end_invalid) AS unknown
  FROM in_year c
),

-- Adoptions (REC E11, E12) in the 3 years ending 31 March, whose period of care began in the files (an S).
adopted AS (
  SELECT e.child, e.decom, e.place, e.care_id, c.care_start, f.rne AS first_rne
  FROM e_ordered e
  JOIN care_start c ON c.child = e.child AND c.care_id = e.care_id
  JOIN e_ordered f ON f.child = e.child AND f.care_id = e.care_id AND f.decom = c.care_start, p
  WHERE e.rec IN ('E11', 'E12') AND e.dec BETWEEN p.window_start AND p.census
),
-- The final unbroken run of A3–A6 episodes: a new run unless L, T or U follow an A3–A6 episode.
adoption_runs AS (
  SELECT *, sum(CASE WHEN rne IN ('L', 'T', 'U') AND prev_place IN ('A3', 'A4', 'A5', 'A6') AND NOT starts_care = 1
    THEN 0 ELSE 1 END) OVER (PARTITION BY child, care_id ORDER BY decom) AS run_id
  FROM e_ordered
),
a1 AS (
  SELECT a.child, (
    SELECT min(r.decom) FROM adoption_runs r
    WHERE r.child = x.child AND r.care_id = x.care_id AND r.run_id = x.run_id
  ) - a.care_start AS days
  FROM adopted a JOIN adoption_runs x ON x.child = a.child AND x.decom = a.decom
  WHERE a.first_rne = 'S' AND a.place IN ('A3', 'A4', 'A5', 'A6')
),
a2 AS (
  SELECT a.child, m.matched - o.authority AS days
  FROM adopted a
  JOIN (SELECT child, care_id, min(decom) AS authority FROM e_ordered WHERE ls IN ('E1', 'D1') GROUP BY child, care_id) o
    ON o.child = a.child AND o.care_id = a.care_id AND o.authority <= a.decom
  JOIN s_adoptions m ON m.child = a.child AND m.matched IS NOT NULL AND m.matched >= o.authority
  WHERE a.first_rne = 'S'
)

SELECT 'cla-3-placements' AS indicator_id, count(*) FILTER (WHERE coalesce(pl.n, 0) >= 3) AS numerator,
  count(*) AS denominator, NULL::DOUBLE AS value
FROM looked_after l LEFT JOIN placements pl USING (child)
UNION ALL
SELECT 'cla-long-term-stability', count(*) FILTER (WHERE stable), count(*), NULL FROM stability
UNION ALL
-- Here value is the number of children whose distance or location is unknown (kept in the denominator).
SELECT 'cla-distance-20m', count(*) FILTER (WHERE location = 'OUT' AND miles > 20), count(*),
  count(*) FILTER (WHERE location IS NULL OR miles IS NULL)
FROM placed
UNION ALL
SELECT 'cla-missing', count(*) FILTER (WHERE hit), count(*), NULL FROM missing_children WHERE hit OR NOT unknown
UNION ALL
SELECT 'cla-count', count(*), NULL, NULL FROM looked_after
UNION ALL
SELECT 'adoption-a1', coalesce(sum(days), 0), count(*), avg(days) FROM a1
UNION ALL
SELECT 'adoption-a2', coalesce(sum(days), 0), count(*), avg(days) FROM a2;

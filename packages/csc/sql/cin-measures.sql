-- The CIN census measures of the year in `params`, one row each: indicator_id, numerator, denominator, value
-- (value only for the median). Only children with a record in the year's own census count; earlier files
-- are history (the re-referral look-back, stitched records). Run after 01-stitch.sql.

WITH
cur_referrals AS (SELECT r.* FROM s_referrals r JOIN cin_current USING (child)),
in_year_referrals AS (SELECT r.* FROM cur_referrals r, p WHERE r.referral BETWEEN p.year_start AND p.census),

-- re-referrals-12m: an earlier referral of the same child on or after this one's date minus 12 calendar months.
re AS (
  SELECT i.child, EXISTS (
    SELECT 1 FROM cur_referrals e
    WHERE e.child = i.child AND e.referral < i.referral AND e.referral >= i.referral - INTERVAL 12 MONTH
  ) AS is_re
  FROM in_year_referrals i
),
re_referrals AS (
  SELECT 're-referrals-12m' AS indicator_id,
    CASE WHEN any_value(p.re_level) = 'child'
      THEN (SELECT count(DISTINCT child) FROM re WHERE is_re)
      ELSE count(*) FILTER (WHERE is_re) END AS numerator,
    CASE WHEN any_value(p.re_level) = 'child'
      THEN (SELECT count(DISTINCT child) FROM re)
      ELSE count(*) END AS denominator,
    NULL::DOUBLE AS value
  FROM re, p
),

-- Working days after the start up to the end (same day 0); inclusive adds the start day when it is a working day.
timed_assessments AS (
  SELECT a.*, we.n - ws.n + CASE WHEN p.inclusive AND ws.working THEN 1 ELSE 0 END AS days
  FROM s_assessments a JOIN cin_current USING (child), p, working_index ws, working_index we
  WHERE a.authorised BETWEEN p.year_start AND p.census AND a.start IS NOT NULL AND a.authorised >= a.start
    AND ws.d = a.start AND we.d = a.authorised
),
timed_icpc AS (
  SELECT s.*, we.n - ws.n + CASE WHEN p.inclusive AND ws.working THEN 1 ELSE 0 END AS days
  FROM s_section47 s JOIN cin_current USING (child), p, working_index ws, working_index we
  WHERE s.icpc BETWEEN p.year_start AND p.census AND s.start IS NOT NULL AND s.icpc >= s.start
    AND ws.d = s.start AND we.d = s.icpc
),

cur_plans AS (SELECT pl.* FROM s_plans pl JOIN cin_current USING (child)),
-- Plans that can be placed at 31 March: started by then, end date readable and not before the start.
placed_plans AS (
  SELECT pl.* FROM cur_plans pl, p
  WHERE pl.start <= p.census AND NOT pl.end_invalid AND (pl.end_date IS NULL OR pl.end_date >= pl.start)
),
open_plans AS (
  SELECT pl.* FROM placed_plans pl, p WHERE pl.end_date IS NULL OR pl.end_date > p.census
),
open_referrals AS (
  SELECT r.* FROM cur_referrals r, p
  WHERE r.referral <= p.census AND r.nfa IS DISTINCT FROM true AND NOT r.closure_invalid
    AND (r.closure IS NULL OR r.closure > p.census)
)

SELECT * FROM re_referrals
UNION ALL
SELECT 'assessments-45wd', count(*) FILTER (WHERE days <= 45), count(*), NULL FROM timed_assessments
UNION ALL
SELECT 'assessments-median-wd', coalesce(sum(days), 0), count(*), median(days) FROM timed_assessments
UNION ALL
SELECT 'icpc-15wd', count(*) FILTER (WHERE days <= 15), count(*), NULL FROM timed_icpc
UNION ALL
SELECT 'cpp-repeat', count(*) FILTER (WHERE previous > 0), count(*), NULL
FROM cur_plans, p WHERE start BETWEEN p.year_start AND p.census AND previous IS NOT NULL
UNION ALL
-- Length is end minus start plus one day.
SELECT 'cpp-ceased-2y', count(*) FILTER (WHERE end_date - start + 1 >= 730), count(*), NULL
FROM placed_plans, p WHERE end_date BETWEEN p.year_start AND p.census
UNION ALL
SELECT 'cpp-open-2y', count(*) FILTER (WHERE p.census - start + 1 >= 730), count(*), NULL FROM open_plans, p
UNION ALL
SELECT 'referrals-count', count(*), NULL, NULL FROM in_year_referrals
UNION ALL
SELECT 'cin-count', count(*), NULL, NULL FROM open_referrals
UNION ALL
SELECT 'cin-rate', count(DISTINCT child), NULL, NULL FROM open_referrals
UNION ALL
SELECT 'cpp-count', count(DISTINCT child), NULL, NULL FROM open_plans;

-- Stitching, as DfE builds its tables: a record that appears in several years' files is taken once, from the
-- latest file up to the year computed (an episode open on 31 March reappears, closed, in the next year's file).
-- Keys: referral (child, referral date), assessment (child, start, authorisation), section 47 (child, start,
-- conference), plan (child, start), episode (child, DECOM), missing incident (child, MIS_START). Records
-- without their key date cannot be placed and are left out.

CREATE OR REPLACE VIEW p AS
SELECT year,
  make_date(year, 4, 1) AS year_start,
  make_date(year + 1, 3, 31) AS census,
  make_date(year - 2, 4, 1) AS window_start,
  re_level, inclusive, missing_kinds, temporary_placements
FROM params;

-- Working days counted as "after the start up to the end": the running count at the end minus at the start.
CREATE OR REPLACE VIEW working_index AS
SELECT d, working, sum(CASE WHEN working THEN 1 ELSE 0 END) OVER (ORDER BY d) AS n FROM calendar;

CREATE OR REPLACE VIEW cin_current AS
SELECT DISTINCT child FROM cin_children, p WHERE cin_children.year = p.year;

CREATE OR REPLACE VIEW lac_current AS
SELECT DISTINCT child FROM episodes, p WHERE episodes.year = p.year;

CREATE OR REPLACE VIEW s_referrals AS
SELECT child, CAST(referral AS DATE) AS referral, CAST(closure AS DATE) AS closure, closure_invalid, nfa,
  CAST(icpc AS DATE) AS icpc
FROM referrals, p
WHERE referrals.year <= p.year AND referral IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY child, referral ORDER BY referrals.year DESC, seq DESC) = 1;

CREATE OR REPLACE VIEW s_assessments AS
SELECT child, CAST(start AS DATE) AS start, CAST(authorised AS DATE) AS authorised
FROM assessments, p
WHERE assessments.year <= p.year AND authorised IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY child, start, authorised ORDER BY assessments.year DESC, seq DESC) = 1;

CREATE OR REPLACE VIEW s_section47 AS
SELECT child, CAST(start AS DATE) AS start, CAST(icpc AS DATE) AS icpc
FROM section47, p
WHERE section47.year <= p.year AND icpc IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY child, start, icpc ORDER BY section47.year DESC, seq DESC) = 1;

CREATE OR REPLACE VIEW s_plans AS
SELECT child, CAST(start AS DATE) AS start, CAST(end_date AS DATE) AS end_date, end_invalid, previous
FROM plans, p
WHERE plans.year <= p.year AND start IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY child, start ORDER BY plans.year DESC, seq DESC) = 1;

CREATE OR REPLACE VIEW s_episodes AS
SELECT child, CAST(decom AS DATE) AS decom, CAST(dec AS DATE) AS dec, dec_invalid, rne, ls, place, rec,
  distance, location, home_post, pl_post
FROM episodes, p
WHERE episodes.year <= p.year AND decom IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY child, decom ORDER BY episodes.year DESC, seq DESC) = 1;

CREATE OR REPLACE VIEW s_missing AS
SELECT child, missing, CAST(start AS DATE) AS start, CAST(end_date AS DATE) AS end_date, end_invalid
FROM missing, p
WHERE missing.year <= p.year AND start IS NOT NULL
QUALIFY row_number() OVER (PARTITION BY child, start ORDER BY missing.year DESC, seq DESC) = 1;

-- Date of birth: the latest file's, unless it is blank there and an earlier file has one.
CREATE OR REPLACE VIEW s_dob AS
SELECT child, arg_max(CAST(dob AS DATE), CAST(header.year AS BIGINT) * 100000000 + seq) FILTER (WHERE dob IS NOT NULL) AS dob
FROM header, p
WHERE header.year <= p.year
GROUP BY child;

CREATE OR REPLACE VIEW s_adoptions AS
SELECT child, CAST(matched AS DATE) AS matched
FROM adoptions, p
WHERE adoptions.year <= p.year
QUALIFY row_number() OVER (PARTITION BY child ORDER BY adoptions.year DESC, seq DESC) = 1;

-- Episodes in order with what the walks back need: contiguity with the episode before, the period of care
-- (a new one at an S or after a gap) and the placement (a new one unless L, T or U continue it).
-- With temporary_placements 'continue', a temporary placement (PLACE T0–T4) that follows on from the episode
-- before (contiguous, not an S) and the return from a run of them to the placement before (same PLACE, and the
-- same PL_POST where both have one) continue that placement too. `chain_id` groups an episode with the
-- temporary placements following on from it, so the episode after a run finds the one before the run.
CREATE OR REPLACE VIEW e_ordered AS
WITH o AS (
  SELECT *,
    row_number() OVER w AS i,
    coalesce(lag(dec) OVER w = decom, false) AS contiguous,
    lag(place) OVER w AS prev_place,
    coalesce(place IN ('T0', 'T1', 'T2', 'T3', 'T4'), false) AS is_temporary
  FROM s_episodes
  WINDOW w AS (PARTITION BY child ORDER BY decom)
), runs AS (
  SELECT *, is_temporary AND contiguous AND coalesce(rne, '') <> 'S' AS in_temporary_run FROM o
), chains AS (
  SELECT *, sum(CASE WHEN in_temporary_run THEN 0 ELSE 1 END) OVER (PARTITION BY child ORDER BY decom) AS chain_id
  FROM runs
), anchored AS (
  SELECT *,
    first_value(is_temporary) OVER c AS chain_is_temporary,
    first_value(place) OVER c AS chain_place,
    first_value(pl_post) OVER c AS chain_pl_post
  FROM chains
  WINDOW c AS (PARTITION BY child, chain_id ORDER BY decom)
), with_returns AS (
  SELECT *,
    coalesce(NOT is_temporary AND contiguous AND coalesce(rne, '') <> 'S'
      AND lag(is_temporary) OVER w AND NOT lag(chain_is_temporary) OVER w AND lag(chain_place) OVER w = place
      AND (lag(chain_pl_post) OVER w IS NULL OR pl_post IS NULL
        OR upper(replace(lag(chain_pl_post) OVER w, ' ', '')) = upper(replace(pl_post, ' ', ''))), false)
      AS returns_across_temporary
  FROM anchored
  WINDOW w AS (PARTITION BY child ORDER BY decom)
), flagged AS (
  SELECT with_returns.*,
    CASE WHEN rne = 'S' OR NOT contiguous THEN 1 ELSE 0 END AS starts_care,
    CASE WHEN rne IN ('L', 'T', 'U') AND contiguous THEN 0
      WHEN p.temporary_placements = 'continue' AND (in_temporary_run OR returns_across_temporary) THEN 0
      ELSE 1 END AS starts_placement
  FROM with_returns, p
)
SELECT *,
  sum(starts_care) OVER (PARTITION BY child ORDER BY decom) AS care_id,
  sum(starts_placement) OVER (PARTITION BY child ORDER BY decom) AS placement_id
FROM flagged;

-- kpikit measures in SQL (DuckDB): the tables the measures read, one row per record of each year's file, as
-- the returns readers give them (dates as ISO text, YYYY-MM-DD; an unreadable end date is NULL with its
-- *_invalid flag set). `year` is the collection year of the file the row came from (its start year: 2023 is
-- 2023-24); `seq` is the row's order, so that a record given twice in one file resolves as the TypeScript
-- engine does (the later row wins). Load the tables, set `params`, then run 01-stitch.sql and each measure.

CREATE OR REPLACE TABLE cin_children (year INTEGER, seq INTEGER, child VARCHAR);
CREATE OR REPLACE TABLE referrals (year INTEGER, seq INTEGER, child VARCHAR, referral VARCHAR, closure VARCHAR,
  closure_invalid BOOLEAN, nfa BOOLEAN, icpc VARCHAR);
CREATE OR REPLACE TABLE assessments (year INTEGER, seq INTEGER, child VARCHAR, start VARCHAR, authorised VARCHAR);
CREATE OR REPLACE TABLE section47 (year INTEGER, seq INTEGER, child VARCHAR, start VARCHAR, icpc VARCHAR);
CREATE OR REPLACE TABLE plans (year INTEGER, seq INTEGER, child VARCHAR, start VARCHAR, end_date VARCHAR,
  end_invalid BOOLEAN, previous INTEGER);
CREATE OR REPLACE TABLE header (year INTEGER, seq INTEGER, child VARCHAR, dob VARCHAR);
CREATE OR REPLACE TABLE episodes (year INTEGER, seq INTEGER, child VARCHAR, decom VARCHAR, dec VARCHAR,
  dec_invalid BOOLEAN, rne VARCHAR, ls VARCHAR, place VARCHAR, rec VARCHAR, distance DOUBLE, location VARCHAR,
  home_post VARCHAR, pl_post VARCHAR);
CREATE OR REPLACE TABLE missing (year INTEGER, seq INTEGER, child VARCHAR, missing VARCHAR, start VARCHAR,
  end_date VARCHAR, end_invalid BOOLEAN);
CREATE OR REPLACE TABLE adoptions (year INTEGER, seq INTEGER, child VARCHAR, matched VARCHAR);

-- A postcode lookup for the distance from home (optional): postcode, grid reference in metres, district.
CREATE OR REPLACE TABLE postcodes (postcode VARCHAR, easting DOUBLE, northing DOUBLE, la VARCHAR);

-- England and Wales working days (weekends and bank holidays are not), one row per day of the calendar.
CREATE OR REPLACE TABLE calendar (d DATE, working BOOLEAN);

-- The year computed and the options: re_level 'referral' or 'child'; inclusive working days; missing_kinds
-- 'missing', 'away' or 'missing-or-away'; temporary_placements 'count' or 'continue' (PLACE T0–T4 kept in the
-- placement before them).
CREATE OR REPLACE TABLE params (year INTEGER, re_level VARCHAR, inclusive BOOLEAN, missing_kinds VARCHAR,
  temporary_placements VARCHAR);

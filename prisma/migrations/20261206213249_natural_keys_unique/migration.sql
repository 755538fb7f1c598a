-- Natural keys unique in the database: the key each table's rows are found by on import
-- (src/dataset/rows.ts), NULLS NOT DISTINCT so that two rows with the same empty columns (an
-- unsourced figure) are the same key. Refused while duplicates exist: the guard below names
-- them (up to 20 per table) and nothing of this migration is applied; merge or delete them and
-- run the migration again.
DO $guard$
DECLARE
  duplicates text := '';
  found text;
BEGIN
  SELECT string_agg(format(E'\n  Declaration (%s): %s rows', k, n), '') INTO found
    FROM (SELECT coalesce("meetingId"::text, '(empty)') || ', ' || coalesce("personId"::text, '(empty)') || ', ' || coalesce("text"::text, '(empty)') AS k, count(*) AS n FROM "Declaration" GROUP BY "meetingId", "personId", "text" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  FundingPoolStatedTotal (%s): %s rows', k, n), '') INTO found
    FROM (SELECT coalesce("poolId"::text, '(empty)') || ', ' || coalesce("label"::text, '(empty)') || ', ' || coalesce("measure"::text, '(empty)') || ', ' || coalesce("organisationId"::text, '(empty)') || ', ' || coalesce("financialYear"::text, '(empty)') AS k, count(*) AS n FROM "FundingPoolStatedTotal" GROUP BY "poolId", "label", "measure", "organisationId", "financialYear" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  Measurement (%s): %s rows', k, n), '') INTO found
    FROM (SELECT coalesce("indicatorCode"::text, '(empty)') || ', ' || coalesce("areaCode"::text, '(empty)') || ', ' || coalesce("sex"::text, '(empty)') || ', ' || coalesce("period"::text, '(empty)') || ', ' || coalesce("sourceDocumentId"::text, '(empty)') || ', ' || coalesce("sourceFirstLine"::text, '(empty)') AS k, count(*) AS n FROM "Measurement" GROUP BY "indicatorCode", "areaCode", "sex", "period", "sourceDocumentId", "sourceFirstLine" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  Membership (%s): %s rows', k, n), '') INTO found
    FROM (SELECT coalesce("personId"::text, '(empty)') || ', ' || coalesce("boardId"::text, '(empty)') || ', ' || coalesce("role"::text, '(empty)') || ', ' || coalesce("startDate"::text, '(empty)') AS k, count(*) AS n FROM "Membership" GROUP BY "personId", "boardId", "role", "startDate" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  StatusUpdate (%s): %s rows', k, n), '') INTO found
    FROM (SELECT coalesce("programmeId"::text, '(empty)') || ', ' || coalesce("date"::text, '(empty)') || ', ' || coalesce("sourceDocumentId"::text, '(empty)') || ', ' || coalesce("sourceFirstLine"::text, '(empty)') AS k, count(*) AS n FROM "StatusUpdate" GROUP BY "programmeId", "date", "sourceDocumentId", "sourceFirstLine" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  Target (%s): %s rows', k, n), '') INTO found
    FROM (SELECT coalesce("indicatorCode"::text, '(empty)') || ', ' || coalesce("areaCode"::text, '(empty)') || ', ' || coalesce("sex"::text, '(empty)') || ', ' || coalesce("period"::text, '(empty)') || ', ' || coalesce("sourceDocumentId"::text, '(empty)') || ', ' || coalesce("sourceFirstLine"::text, '(empty)') AS k, count(*) AS n FROM "Target" GROUP BY "indicatorCode", "areaCode", "sex", "period", "sourceDocumentId", "sourceFirstLine" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  IF duplicates <> '' THEN
    RAISE EXCEPTION 'Natural keys are not unique: merge or delete these duplicate rows, then migrate again (nothing was changed):%', duplicates;
  END IF;
END
$guard$;

CREATE UNIQUE INDEX "Declaration_natural_key" ON "Declaration"("meetingId", "personId", "text") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "FundingPoolStatedTotal_natural_key" ON "FundingPoolStatedTotal"("poolId", "label", "measure", "organisationId", "financialYear") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "Measurement_natural_key" ON "Measurement"("indicatorCode", "areaCode", "sex", "period", "sourceDocumentId", "sourceFirstLine") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "Membership_natural_key" ON "Membership"("personId", "boardId", "role", "startDate") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "StatusUpdate_natural_key" ON "StatusUpdate"("programmeId", "date", "sourceDocumentId", "sourceFirstLine") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "Target_natural_key" ON "Target"("indicatorCode", "areaCode", "sex", "period", "sourceDocumentId", "sourceFirstLine") NULLS NOT DISTINCT;

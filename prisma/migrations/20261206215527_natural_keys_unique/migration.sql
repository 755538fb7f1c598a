-- Natural keys unique in the database: the key each record type's rows are found by on import,
-- as its subgraph declares it (src/subgraphs/<name>/dataset.ts), NULLS NOT DISTINCT so that two
-- rows with the same empty columns (an unsourced figure) are the same key. Refused while
-- duplicates exist: the guard below names them (up to 20 per table) and nothing of this
-- migration is applied; merge or delete them and run the migration again.
DO $guard$
DECLARE
  duplicates text := '';
  found text;
BEGIN
  SELECT string_agg(format(E'\n  Apportionment (%s): %s rows', k, n), '' ORDER BY k) INTO found
    FROM (SELECT coalesce("poolId"::text, '(empty)') || ', ' || coalesce("partner"::text, '(empty)') || ', ' || coalesce("financialYear"::text, '(empty)') AS k, count(*) AS n FROM "Apportionment" GROUP BY "poolId", "partner", "financialYear" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  ContractCommissioner (%s): %s rows', k, n), '' ORDER BY k) INTO found
    FROM (SELECT coalesce("contractId"::text, '(empty)') || ', ' || coalesce("organisationId"::text, '(empty)') || ', ' || coalesce("status"::text, '(empty)') AS k, count(*) AS n FROM "ContractCommissioner" GROUP BY "contractId", "organisationId", "status" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  ContractExtension (%s): %s rows', k, n), '' ORDER BY k) INTO found
    FROM (SELECT coalesce("contractId"::text, '(empty)') || ', ' || coalesce("position"::text, '(empty)') AS k, count(*) AS n FROM "ContractExtension" GROUP BY "contractId", "position" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  Declaration (%s): %s rows', k, n), '' ORDER BY k) INTO found
    FROM (SELECT coalesce("meetingId"::text, '(empty)') || ', ' || coalesce("personId"::text, '(empty)') || ', ' || coalesce("text"::text, '(empty)') AS k, count(*) AS n FROM "Declaration" GROUP BY "meetingId", "personId", "text" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  FundingPoolStatedTotal (%s): %s rows', k, n), '' ORDER BY k) INTO found
    FROM (SELECT coalesce("poolId"::text, '(empty)') || ', ' || coalesce("label"::text, '(empty)') || ', ' || coalesce("measure"::text, '(empty)') || ', ' || coalesce("organisationId"::text, '(empty)') || ', ' || coalesce("financialYear"::text, '(empty)') AS k, count(*) AS n FROM "FundingPoolStatedTotal" GROUP BY "poolId", "label", "measure", "organisationId", "financialYear" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  Measurement (%s): %s rows', k, n), '' ORDER BY k) INTO found
    FROM (SELECT coalesce("indicatorCode"::text, '(empty)') || ', ' || coalesce("areaCode"::text, '(empty)') || ', ' || coalesce("sex"::text, '(empty)') || ', ' || coalesce("period"::text, '(empty)') || ', ' || coalesce("sourceDocumentId"::text, '(empty)') || ', ' || coalesce("sourceFirstLine"::text, '(empty)') || ', ' || coalesce("programmeId"::text, '(empty)') || ', ' || coalesce("cohort"::text, '(empty)') || ', ' || coalesce("category"::text, '(empty)') AS k, count(*) AS n FROM "Measurement" GROUP BY "indicatorCode", "areaCode", "sex", "period", "sourceDocumentId", "sourceFirstLine", "programmeId", "cohort", "category" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  Membership (%s): %s rows', k, n), '' ORDER BY k) INTO found
    FROM (SELECT coalesce("personId"::text, '(empty)') || ', ' || coalesce("boardId"::text, '(empty)') || ', ' || coalesce("role"::text, '(empty)') || ', ' || coalesce("startDate"::text, '(empty)') AS k, count(*) AS n FROM "Membership" GROUP BY "personId", "boardId", "role", "startDate" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  Responsibility (%s): %s rows', k, n), '' ORDER BY k) INTO found
    FROM (SELECT coalesce("role"::text, '(empty)') || ', ' || coalesce("strategyId"::text, '(empty)') || ', ' || coalesce("priorityId"::text, '(empty)') || ', ' || coalesce("programmeId"::text, '(empty)') || ', ' || coalesce("contractId"::text, '(empty)') || ', ' || coalesce("fundingPoolId"::text, '(empty)') || ', ' || coalesce("boardId"::text, '(empty)') || ', ' || coalesce("organisationId"::text, '(empty)') || ', ' || coalesce("personId"::text, '(empty)') AS k, count(*) AS n FROM "Responsibility" GROUP BY "role", "strategyId", "priorityId", "programmeId", "contractId", "fundingPoolId", "boardId", "organisationId", "personId" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  StatusUpdate (%s): %s rows', k, n), '' ORDER BY k) INTO found
    FROM (SELECT coalesce("programmeId"::text, '(empty)') || ', ' || coalesce("date"::text, '(empty)') || ', ' || coalesce("sourceDocumentId"::text, '(empty)') || ', ' || coalesce("sourceFirstLine"::text, '(empty)') AS k, count(*) AS n FROM "StatusUpdate" GROUP BY "programmeId", "date", "sourceDocumentId", "sourceFirstLine" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  SELECT string_agg(format(E'\n  Target (%s): %s rows', k, n), '' ORDER BY k) INTO found
    FROM (SELECT coalesce("indicatorCode"::text, '(empty)') || ', ' || coalesce("areaCode"::text, '(empty)') || ', ' || coalesce("sex"::text, '(empty)') || ', ' || coalesce("period"::text, '(empty)') || ', ' || coalesce("sourceDocumentId"::text, '(empty)') || ', ' || coalesce("sourceFirstLine"::text, '(empty)') AS k, count(*) AS n FROM "Target" GROUP BY "indicatorCode", "areaCode", "sex", "period", "sourceDocumentId", "sourceFirstLine" HAVING count(*) > 1 ORDER BY 1 LIMIT 20) d;
  duplicates := duplicates || coalesce(found, '');
  IF duplicates <> '' THEN
    RAISE EXCEPTION 'Natural keys are not unique: merge or delete these duplicate rows, then migrate again (nothing was changed):%', duplicates;
  END IF;
END
$guard$;

CREATE UNIQUE INDEX "Apportionment_natural_key" ON "Apportionment"("poolId", "partner", "financialYear") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "ContractCommissioner_natural_key" ON "ContractCommissioner"("contractId", "organisationId", "status") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "ContractExtension_natural_key" ON "ContractExtension"("contractId", "position") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "Declaration_natural_key" ON "Declaration"("meetingId", "personId", "text") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "FundingPoolStatedTotal_natural_key" ON "FundingPoolStatedTotal"("poolId", "label", "measure", "organisationId", "financialYear") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "Measurement_natural_key" ON "Measurement"("indicatorCode", "areaCode", "sex", "period", "sourceDocumentId", "sourceFirstLine", "programmeId", "cohort", "category") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "Membership_natural_key" ON "Membership"("personId", "boardId", "role", "startDate") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "Responsibility_natural_key" ON "Responsibility"("role", "strategyId", "priorityId", "programmeId", "contractId", "fundingPoolId", "boardId", "organisationId", "personId") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "StatusUpdate_natural_key" ON "StatusUpdate"("programmeId", "date", "sourceDocumentId", "sourceFirstLine") NULLS NOT DISTINCT;

CREATE UNIQUE INDEX "Target_natural_key" ON "Target"("indicatorCode", "areaCode", "sex", "period", "sourceDocumentId", "sourceFirstLine") NULLS NOT DISTINCT;

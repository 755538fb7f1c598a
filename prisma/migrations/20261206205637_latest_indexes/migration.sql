-- DropIndex
DROP INDEX "StatusUpdate_programmeId_date_idx";

-- CreateIndex
CREATE INDEX "Measurement_latest_idx" ON "Measurement"("indicatorCode", "areaCode", "sex", "periodEnd" DESC, "periodStart" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "StatusUpdate_programmeId_date_id_idx" ON "StatusUpdate"("programmeId", "date", "id");

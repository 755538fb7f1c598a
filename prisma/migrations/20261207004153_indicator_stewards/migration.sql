-- Indicator stewards and the standing of measurements (issue 16 item 6). Every existing figure is
-- backfilled OFFICIAL (the column default): before this, every stored figure counted as official.
-- Stewards are filled in by the next import of the curated dataset (npm run import / seed sync).
-- CreateEnum
CREATE TYPE "MeasurementStanding" AS ENUM ('OFFICIAL', 'PROPOSED', 'ACCEPTED');

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "stewardId" TEXT;

-- AlterTable
ALTER TABLE "Measurement" ADD COLUMN     "acceptedAt" TIMESTAMPTZ(3),
ADD COLUMN     "acceptedBy" TEXT,
ADD COLUMN     "importRunId" INTEGER,
ADD COLUMN     "standing" "MeasurementStanding" NOT NULL DEFAULT 'OFFICIAL';

-- CreateIndex
CREATE INDEX "Measurement_standing_idx" ON "Measurement"("standing");

-- CreateEnum
CREATE TYPE "MeasurementBasis" AS ENUM ('ACTUAL', 'PLANNED', 'PROPOSED');

-- AlterTable
ALTER TABLE "Measurement" ADD COLUMN     "basis" "MeasurementBasis" NOT NULL DEFAULT 'ACTUAL';

-- AlterTable
ALTER TABLE "Milestone" ADD COLUMN     "organisationId" TEXT,
ADD COLUMN     "venue" TEXT;

-- CreateIndex
CREATE INDEX "Milestone_organisationId_idx" ON "Milestone"("organisationId");


-- CreateIndex (by hand: Prisma's schema cannot express an index on an expression). searchSources
-- matches to_tsvector('english', "text") against the query; this GIN index is that expression's.
CREATE INDEX "SourceLine_text_search_idx" ON "SourceLine" USING GIN (to_tsvector('english', "text"));

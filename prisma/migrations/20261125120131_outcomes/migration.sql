-- CreateEnum
CREATE TYPE "IndicatorUnit" AS ENUM ('PERCENT', 'RATE_PER_1000', 'RATE_PER_100000', 'COUNT', 'YEARS', 'DAYS', 'RATIO', 'SCORE', 'OTHER');

-- CreateEnum
CREATE TYPE "Polarity" AS ENUM ('HIGH_IS_GOOD', 'LOW_IS_GOOD', 'NO_JUDGEMENT');

-- CreateEnum
CREATE TYPE "IndicatorStatus" AS ENUM ('ACTIVE', 'DISCONTINUED');

-- CreateEnum
CREATE TYPE "Sex" AS ENUM ('PERSONS', 'MALE', 'FEMALE');

-- CreateTable
CREATE TABLE "Framework" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Indicator" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "definition" TEXT,
    "unit" "IndicatorUnit" NOT NULL,
    "unitAsWritten" TEXT,
    "polarity" "Polarity" NOT NULL,
    "status" "IndicatorStatus" NOT NULL DEFAULT 'ACTIVE',
    "discontinuedOn" DATE,
    "discontinuedNote" TEXT,
    "successorCode" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "IndicatorFramework" (
    "indicatorCode" TEXT NOT NULL,
    "frameworkCode" TEXT NOT NULL,
    "reference" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "IndicatorFramework_pkey" PRIMARY KEY ("indicatorCode","frameworkCode")
);

-- CreateTable
CREATE TABLE "IndicatorProgramme" (
    "indicatorCode" TEXT NOT NULL,
    "programmeId" TEXT NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "IndicatorProgramme_pkey" PRIMARY KEY ("indicatorCode","programmeId")
);

-- CreateTable
CREATE TABLE "Measurement" (
    "id" SERIAL NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "areaCode" TEXT NOT NULL,
    "sex" "Sex" NOT NULL DEFAULT 'PERSONS',
    "period" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "value" DECIMAL(18,6) NOT NULL,
    "count" DECIMAL(18,6),
    "denominator" DECIMAL(18,6),
    "lowerConfidenceLimit" DECIMAL(18,6),
    "upperConfidenceLimit" DECIMAL(18,6),
    "reportedById" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Measurement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Target" (
    "id" SERIAL NOT NULL,
    "indicatorCode" TEXT NOT NULL,
    "areaCode" TEXT NOT NULL,
    "sex" "Sex" NOT NULL DEFAULT 'PERSONS',
    "period" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE,
    "value" DECIMAL(18,6) NOT NULL,
    "setById" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Target_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Indicator_status_idx" ON "Indicator"("status");

-- CreateIndex
CREATE INDEX "Indicator_polarity_idx" ON "Indicator"("polarity");

-- CreateIndex
CREATE INDEX "Indicator_successorCode_idx" ON "Indicator"("successorCode");

-- CreateIndex
CREATE INDEX "IndicatorFramework_frameworkCode_idx" ON "IndicatorFramework"("frameworkCode");

-- CreateIndex
CREATE INDEX "IndicatorProgramme_programmeId_idx" ON "IndicatorProgramme"("programmeId");

-- CreateIndex
CREATE INDEX "Measurement_indicatorCode_areaCode_periodStart_idx" ON "Measurement"("indicatorCode", "areaCode", "periodStart");

-- CreateIndex
CREATE INDEX "Measurement_areaCode_idx" ON "Measurement"("areaCode");

-- CreateIndex
CREATE INDEX "Measurement_reportedById_idx" ON "Measurement"("reportedById");

-- CreateIndex
CREATE INDEX "Measurement_periodStart_idx" ON "Measurement"("periodStart");

-- CreateIndex
CREATE INDEX "Target_indicatorCode_areaCode_idx" ON "Target"("indicatorCode", "areaCode");

-- CreateIndex
CREATE INDEX "Target_areaCode_idx" ON "Target"("areaCode");

-- CreateIndex
CREATE INDEX "Target_setById_idx" ON "Target"("setById");

-- CreateIndex
CREATE INDEX "Target_periodStart_idx" ON "Target"("periodStart");

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_successorCode_fkey" FOREIGN KEY ("successorCode") REFERENCES "Indicator"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorFramework" ADD CONSTRAINT "IndicatorFramework_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorFramework" ADD CONSTRAINT "IndicatorFramework_frameworkCode_fkey" FOREIGN KEY ("frameworkCode") REFERENCES "Framework"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorProgramme" ADD CONSTRAINT "IndicatorProgramme_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Target" ADD CONSTRAINT "Target_indicatorCode_fkey" FOREIGN KEY ("indicatorCode") REFERENCES "Indicator"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written constraints that Prisma's schema language cannot express.
-- Only a discontinued indicator has a discontinuation date or a successor, never itself.
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_discontinuation_consistent"
    CHECK ("status" = 'DISCONTINUED' OR ("discontinuedOn" IS NULL AND "successorCode" IS NULL));
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_not_own_successor"
    CHECK ("successorCode" IS NULL OR "successorCode" <> "code");
-- Periods end on or after they start.
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_period_ordered"
    CHECK ("periodStart" <= "periodEnd");
ALTER TABLE "Target" ADD CONSTRAINT "Target_period_ordered"
    CHECK ("periodEnd" IS NULL OR "periodStart" <= "periodEnd");
-- Counts are not negative, a denominator is positive, and confidence limits come as an ordered pair.
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_count_not_negative"
    CHECK ("count" IS NULL OR "count" >= 0);
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_denominator_positive"
    CHECK ("denominator" IS NULL OR "denominator" > 0);
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_confidence_limits_paired"
    CHECK (num_nonnulls("lowerConfidenceLimit", "upperConfidenceLimit") <> 1);
ALTER TABLE "Measurement" ADD CONSTRAINT "Measurement_confidence_limits_ordered"
    CHECK ("lowerConfidenceLimit" IS NULL OR "lowerConfidenceLimit" <= "upperConfidenceLimit");

-- CreateEnum
CREATE TYPE "FundingPoolKind" AS ENUM ('BCF', 'IBCF', 'S256_TRANSFER', 'ITF', 'GRANT', 'CONTRACT_BUDGET', 'OTHER');

-- CreateEnum
CREATE TYPE "FundingMeasure" AS ENUM ('CONTRIBUTIONS', 'ALLOCATIONS');

-- CreateTable
CREATE TABLE "FundingPool" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "FundingPoolKind" NOT NULL,
    "description" TEXT,
    "purposes" TEXT[],
    "financialYears" TEXT[],
    "periodStart" DATE,
    "periodEnd" DATE,
    "hostOrganisationId" TEXT,
    "areaCode" TEXT,
    "total" DECIMAL(14,2),
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "FundingPool_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Contribution" (
    "id" TEXT NOT NULL,
    "poolId" TEXT NOT NULL,
    "contributor" TEXT NOT NULL,
    "organisationId" TEXT,
    "amount" DECIMAL(14,2) NOT NULL,
    "financialYear" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Contribution_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Allocation" (
    "id" TEXT NOT NULL,
    "poolId" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "recipientId" TEXT,
    "fundedById" TEXT,
    "programmeId" TEXT,
    "amount" DECIMAL(14,2) NOT NULL,
    "financialYear" TEXT,
    "plannedOutput" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Allocation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingPoolStatedTotal" (
    "id" SERIAL NOT NULL,
    "poolId" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "measure" "FundingMeasure" NOT NULL,
    "organisationId" TEXT,
    "financialYear" TEXT,
    "amount" DECIMAL(14,2) NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "FundingPoolStatedTotal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Grant" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "funderId" TEXT,
    "recipientId" TEXT,
    "amountAwarded" DECIMAL(14,2) NOT NULL,
    "currency" TEXT NOT NULL DEFAULT 'GBP',
    "awardDate" DATE,
    "programmeId" TEXT,
    "plannedStartDate" DATE,
    "plannedEndDate" DATE,
    "plannedDatesAsWritten" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Grant_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FundingPool_kind_idx" ON "FundingPool"("kind");

-- CreateIndex
CREATE INDEX "FundingPool_hostOrganisationId_idx" ON "FundingPool"("hostOrganisationId");

-- CreateIndex
CREATE INDEX "FundingPool_areaCode_idx" ON "FundingPool"("areaCode");

-- CreateIndex
CREATE INDEX "FundingPool_financialYears_idx" ON "FundingPool" USING GIN ("financialYears");

-- CreateIndex
CREATE INDEX "Contribution_poolId_idx" ON "Contribution"("poolId");

-- CreateIndex
CREATE INDEX "Contribution_organisationId_idx" ON "Contribution"("organisationId");

-- CreateIndex
CREATE INDEX "Contribution_financialYear_idx" ON "Contribution"("financialYear");

-- CreateIndex
CREATE INDEX "Allocation_poolId_idx" ON "Allocation"("poolId");

-- CreateIndex
CREATE INDEX "Allocation_recipientId_idx" ON "Allocation"("recipientId");

-- CreateIndex
CREATE INDEX "Allocation_fundedById_idx" ON "Allocation"("fundedById");

-- CreateIndex
CREATE INDEX "Allocation_programmeId_idx" ON "Allocation"("programmeId");

-- CreateIndex
CREATE INDEX "Allocation_financialYear_idx" ON "Allocation"("financialYear");

-- CreateIndex
CREATE INDEX "FundingPoolStatedTotal_poolId_idx" ON "FundingPoolStatedTotal"("poolId");

-- CreateIndex
CREATE INDEX "Grant_funderId_idx" ON "Grant"("funderId");

-- CreateIndex
CREATE INDEX "Grant_recipientId_idx" ON "Grant"("recipientId");

-- CreateIndex
CREATE INDEX "Grant_programmeId_idx" ON "Grant"("programmeId");

-- CreateIndex
CREATE INDEX "Grant_awardDate_idx" ON "Grant"("awardDate");

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "FundingPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "FundingPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FundingPoolStatedTotal" ADD CONSTRAINT "FundingPoolStatedTotal_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "FundingPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written constraints that Prisma's schema language cannot express.
-- Money is never negative: pools, contributions, allocations and grants state amounts paid or planned.
ALTER TABLE "FundingPool" ADD CONSTRAINT "FundingPool_total_not_negative" CHECK ("total" IS NULL OR "total" >= 0);
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_amount_not_negative" CHECK ("amount" >= 0);
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_amount_not_negative" CHECK ("amount" >= 0);
ALTER TABLE "FundingPoolStatedTotal" ADD CONSTRAINT "FundingPoolStatedTotal_amount_not_negative" CHECK ("amount" >= 0);
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_amountAwarded_not_negative" CHECK ("amountAwarded" >= 0);
-- Periods end after they start.
ALTER TABLE "FundingPool" ADD CONSTRAINT "FundingPool_period_ordered"
    CHECK ("periodEnd" IS NULL OR "periodStart" IS NULL OR "periodStart" <= "periodEnd");
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_planned_dates_ordered"
    CHECK ("plannedEndDate" IS NULL OR "plannedStartDate" IS NULL OR "plannedStartDate" <= "plannedEndDate");
-- Financial years are two consecutive years written "2018/19" (CASE: the casts run only on a match).
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_financialYear_format" CHECK ("financialYear" IS NULL OR CASE
    WHEN "financialYear" ~ '^[0-9]{4}/[0-9]{2}$' THEN (substr("financialYear", 1, 4)::int + 1) % 100 = substr("financialYear", 6, 2)::int ELSE false END);
ALTER TABLE "Allocation" ADD CONSTRAINT "Allocation_financialYear_format" CHECK ("financialYear" IS NULL OR CASE
    WHEN "financialYear" ~ '^[0-9]{4}/[0-9]{2}$' THEN (substr("financialYear", 1, 4)::int + 1) % 100 = substr("financialYear", 6, 2)::int ELSE false END);
ALTER TABLE "FundingPoolStatedTotal" ADD CONSTRAINT "FundingPoolStatedTotal_financialYear_format" CHECK ("financialYear" IS NULL OR CASE
    WHEN "financialYear" ~ '^[0-9]{4}/[0-9]{2}$' THEN (substr("financialYear", 1, 4)::int + 1) % 100 = substr("financialYear", 6, 2)::int ELSE false END);
ALTER TABLE "FundingPool" ADD CONSTRAINT "FundingPool_financialYears_format"
    CHECK (array_to_string("financialYears", ',') ~ '^([0-9]{4}/[0-9]{2}(,|$))*$');
-- Grants are recorded in pounds sterling only (360Giving currency).
ALTER TABLE "Grant" ADD CONSTRAINT "Grant_currency_gbp" CHECK ("currency" = 'GBP');

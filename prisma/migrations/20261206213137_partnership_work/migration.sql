-- CreateEnum
CREATE TYPE "ProcurementRoute" AS ENUM ('DIRECT_AWARD', 'TENDER', 'FRAMEWORK_CALL_OFF', 'EXTENSION', 'VARIATION', 'GRANT_AGREEMENT', 'SECTION_75', 'OTHER');

-- CreateEnum
CREATE TYPE "CommissionerStatus" AS ENUM ('CURRENT', 'PREVIOUS');

-- CreateEnum
CREATE TYPE "BoardKind" AS ENUM ('BOARD', 'COMMITTEE', 'DELIVERY_GROUP', 'COMMISSIONING_BOARD', 'FORUM', 'PARTNERSHIP', 'NETWORK', 'OTHER');

-- CreateEnum
CREATE TYPE "MilestoneStatus" AS ENUM ('PLANNED', 'MET', 'MISSED', 'MOVED');

-- CreateEnum
CREATE TYPE "MilestoneKind" AS ENUM ('DRAFT_DUE', 'PUBLICATION', 'SUBMISSION', 'INSPECTION', 'DEADLINE', 'GO_LIVE', 'WORKSHOP', 'REVIEW', 'DECISION', 'START', 'END', 'OTHER');

-- CreateEnum
CREATE TYPE "ResponsibilityRole" AS ENUM ('LEADS', 'CO_LEADS', 'ACCOUNTABLE', 'MONITORS', 'HOLDS', 'DELIVERS', 'SUPPORTS', 'SPONSORS');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "IndicatorUnit" ADD VALUE 'RATE_PER_10000';
ALTER TYPE "IndicatorUnit" ADD VALUE 'WEEKS';
ALTER TYPE "IndicatorUnit" ADD VALUE 'MONTHS';
ALTER TYPE "IndicatorUnit" ADD VALUE 'FTE';
ALTER TYPE "IndicatorUnit" ADD VALUE 'POUNDS';

-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "kind" "BoardKind" NOT NULL DEFAULT 'BOARD',
ADD COLUMN     "reportsToId" TEXT;

-- AlterTable
ALTER TABLE "Measurement" ADD COLUMN     "asAt" DATE,
ADD COLUMN     "category" TEXT,
ADD COLUMN     "cohort" TEXT,
ADD COLUMN     "programmeId" TEXT;

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "listedOn" DATE[] DEFAULT ARRAY[]::DATE[];

-- CreateTable
CREATE TABLE "Contract" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "service" TEXT,
    "programmeId" TEXT,
    "providerId" TEXT,
    "procurementRoute" "ProcurementRoute",
    "routeAsWritten" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "termAsWritten" TEXT,
    "value" DECIMAL(14,2),
    "valueAsWritten" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Contract_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractCommissioner" (
    "id" SERIAL NOT NULL,
    "contractId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "status" "CommissionerStatus" NOT NULL,
    "fromDate" DATE,
    "toDate" DATE,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "ContractCommissioner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContractExtension" (
    "id" SERIAL NOT NULL,
    "contractId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "until" DATE,
    "months" INTEGER,
    "taken" BOOLEAN NOT NULL DEFAULT false,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "ContractExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FundingLink" (
    "id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "funderId" TEXT,
    "recipientId" TEXT,
    "poolId" TEXT,
    "programmeId" TEXT,
    "contractId" TEXT,
    "amount" DECIMAL(14,2),
    "amountStated" BOOLEAN NOT NULL,
    "financialYear" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "FundingLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Apportionment" (
    "id" SERIAL NOT NULL,
    "poolId" TEXT NOT NULL,
    "partner" TEXT NOT NULL,
    "organisationId" TEXT,
    "share" DECIMAL(9,4),
    "amount" DECIMAL(14,2),
    "financialYear" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Apportionment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Milestone" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "MilestoneKind" NOT NULL DEFAULT 'OTHER',
    "status" "MilestoneStatus" NOT NULL,
    "plannedDate" DATE,
    "plannedEndDate" DATE,
    "plannedAsWritten" TEXT,
    "actualDate" DATE,
    "programmeId" TEXT,
    "strategyId" TEXT,
    "contractId" TEXT,
    "fundingPoolId" TEXT,
    "boardId" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Milestone_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Responsibility" (
    "id" SERIAL NOT NULL,
    "role" "ResponsibilityRole" NOT NULL,
    "roleAsWritten" TEXT,
    "frequency" TEXT,
    "strategyId" TEXT,
    "priorityId" INTEGER,
    "programmeId" TEXT,
    "contractId" TEXT,
    "fundingPoolId" TEXT,
    "boardId" TEXT,
    "organisationId" TEXT,
    "personId" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Responsibility_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Contract_providerId_idx" ON "Contract"("providerId");

-- CreateIndex
CREATE INDEX "Contract_programmeId_idx" ON "Contract"("programmeId");

-- CreateIndex
CREATE INDEX "ContractCommissioner_contractId_idx" ON "ContractCommissioner"("contractId");

-- CreateIndex
CREATE INDEX "ContractCommissioner_organisationId_idx" ON "ContractCommissioner"("organisationId");

-- CreateIndex
CREATE INDEX "ContractExtension_contractId_idx" ON "ContractExtension"("contractId");

-- CreateIndex
CREATE INDEX "FundingLink_funderId_idx" ON "FundingLink"("funderId");

-- CreateIndex
CREATE INDEX "FundingLink_recipientId_idx" ON "FundingLink"("recipientId");

-- CreateIndex
CREATE INDEX "FundingLink_poolId_idx" ON "FundingLink"("poolId");

-- CreateIndex
CREATE INDEX "FundingLink_programmeId_idx" ON "FundingLink"("programmeId");

-- CreateIndex
CREATE INDEX "Apportionment_poolId_idx" ON "Apportionment"("poolId");

-- CreateIndex
CREATE INDEX "Apportionment_organisationId_idx" ON "Apportionment"("organisationId");

-- CreateIndex
CREATE INDEX "Milestone_programmeId_idx" ON "Milestone"("programmeId");

-- CreateIndex
CREATE INDEX "Milestone_strategyId_idx" ON "Milestone"("strategyId");

-- CreateIndex
CREATE INDEX "Milestone_contractId_idx" ON "Milestone"("contractId");

-- CreateIndex
CREATE INDEX "Milestone_fundingPoolId_idx" ON "Milestone"("fundingPoolId");

-- CreateIndex
CREATE INDEX "Milestone_boardId_idx" ON "Milestone"("boardId");

-- CreateIndex
CREATE INDEX "Responsibility_strategyId_idx" ON "Responsibility"("strategyId");

-- CreateIndex
CREATE INDEX "Responsibility_priorityId_idx" ON "Responsibility"("priorityId");

-- CreateIndex
CREATE INDEX "Responsibility_programmeId_idx" ON "Responsibility"("programmeId");

-- CreateIndex
CREATE INDEX "Responsibility_contractId_idx" ON "Responsibility"("contractId");

-- CreateIndex
CREATE INDEX "Responsibility_fundingPoolId_idx" ON "Responsibility"("fundingPoolId");

-- CreateIndex
CREATE INDEX "Responsibility_boardId_idx" ON "Responsibility"("boardId");

-- CreateIndex
CREATE INDEX "Responsibility_organisationId_idx" ON "Responsibility"("organisationId");

-- CreateIndex
CREATE INDEX "Responsibility_personId_idx" ON "Responsibility"("personId");

-- CreateIndex
CREATE INDEX "Measurement_programmeId_idx" ON "Measurement"("programmeId");

-- AddForeignKey
ALTER TABLE "ContractCommissioner" ADD CONSTRAINT "ContractCommissioner_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContractExtension" ADD CONSTRAINT "ContractExtension_contractId_fkey" FOREIGN KEY ("contractId") REFERENCES "Contract"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Apportionment" ADD CONSTRAINT "Apportionment_poolId_fkey" FOREIGN KEY ("poolId") REFERENCES "FundingPool"("id") ON DELETE CASCADE ON UPDATE CASCADE;

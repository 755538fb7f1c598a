-- CreateEnum
CREATE TYPE "StrategyKind" AS ENUM ('STRATEGY', 'PLAN', 'FRAMEWORK', 'CONCORDAT', 'ACTION_PLAN');

-- CreateEnum
CREATE TYPE "StrategyStatus" AS ENUM ('DRAFT', 'CONSULTATION', 'APPROVED', 'ACTIVE', 'COMPLETED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "ProgrammeKind" AS ENUM ('PROGRAMME', 'WORKSTREAM', 'PROJECT');

-- CreateEnum
CREATE TYPE "ProgrammeStatus" AS ENUM ('PROPOSED', 'ACTIVE', 'ON_HOLD', 'COMPLETED', 'CLOSED');

-- CreateEnum
CREATE TYPE "RagRating" AS ENUM ('RED', 'AMBER', 'GREEN');

-- CreateTable
CREATE TABLE "Strategy" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "kind" "StrategyKind" NOT NULL,
    "status" "StrategyStatus" NOT NULL,
    "periodLabel" TEXT,
    "periodStart" DATE,
    "periodEnd" DATE,
    "approvedById" TEXT,
    "approvedAtId" TEXT,
    "approvedOn" DATE,
    "approvalAsWritten" TEXT,
    "approvalSourceDocumentId" TEXT,
    "approvalSourceFirstLine" INTEGER,
    "approvalSourceLastLine" INTEGER,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Strategy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Priority" (
    "id" SERIAL NOT NULL,
    "strategyId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Priority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyOwnership" (
    "strategyId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "StrategyOwnership_pkey" PRIMARY KEY ("strategyId","organisationId")
);

-- CreateTable
CREATE TABLE "Programme" (
    "id" TEXT NOT NULL,
    "kind" "ProgrammeKind" NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "description" TEXT,
    "status" "ProgrammeStatus" NOT NULL,
    "parentId" TEXT,
    "position" INTEGER,
    "leadOrganisationId" TEXT,
    "leadPersonId" TEXT,
    "startDate" DATE,
    "endDate" DATE,
    "periodLabel" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "Programme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProgrammeAlias" (
    "id" SERIAL NOT NULL,
    "programmeId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalised" TEXT NOT NULL,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "ProgrammeAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatusUpdate" (
    "id" SERIAL NOT NULL,
    "programmeId" TEXT NOT NULL,
    "date" DATE NOT NULL,
    "status" "ProgrammeStatus" NOT NULL,
    "ragRating" "RagRating",
    "summary" TEXT NOT NULL,
    "reportedToId" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "StatusUpdate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StrategyDelivery" (
    "programmeId" TEXT NOT NULL,
    "strategyId" TEXT NOT NULL,
    "priorityId" INTEGER,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "StrategyDelivery_pkey" PRIMARY KEY ("programmeId","strategyId")
);

-- CreateIndex
CREATE INDEX "Strategy_kind_idx" ON "Strategy"("kind");

-- CreateIndex
CREATE INDEX "Strategy_status_idx" ON "Strategy"("status");

-- CreateIndex
CREATE INDEX "Strategy_approvedById_idx" ON "Strategy"("approvedById");

-- CreateIndex
CREATE INDEX "Strategy_approvedAtId_idx" ON "Strategy"("approvedAtId");

-- CreateIndex
CREATE INDEX "Strategy_periodStart_periodEnd_idx" ON "Strategy"("periodStart", "periodEnd");

-- CreateIndex
CREATE UNIQUE INDEX "Priority_strategyId_position_key" ON "Priority"("strategyId", "position");

-- CreateIndex
CREATE INDEX "StrategyOwnership_organisationId_idx" ON "StrategyOwnership"("organisationId");

-- CreateIndex
CREATE INDEX "Programme_parentId_position_idx" ON "Programme"("parentId", "position");

-- CreateIndex
CREATE INDEX "Programme_leadOrganisationId_idx" ON "Programme"("leadOrganisationId");

-- CreateIndex
CREATE INDEX "Programme_leadPersonId_idx" ON "Programme"("leadPersonId");

-- CreateIndex
CREATE INDEX "Programme_kind_idx" ON "Programme"("kind");

-- CreateIndex
CREATE INDEX "Programme_status_idx" ON "Programme"("status");

-- CreateIndex
CREATE INDEX "Programme_name_idx" ON "Programme"("name");

-- CreateIndex
CREATE INDEX "Programme_startDate_idx" ON "Programme"("startDate");

-- CreateIndex
CREATE INDEX "ProgrammeAlias_normalised_idx" ON "ProgrammeAlias"("normalised");

-- CreateIndex
CREATE UNIQUE INDEX "ProgrammeAlias_programmeId_alias_key" ON "ProgrammeAlias"("programmeId", "alias");

-- CreateIndex
CREATE INDEX "StatusUpdate_programmeId_date_idx" ON "StatusUpdate"("programmeId", "date");

-- CreateIndex
CREATE INDEX "StatusUpdate_reportedToId_idx" ON "StatusUpdate"("reportedToId");

-- CreateIndex
CREATE INDEX "StrategyDelivery_strategyId_idx" ON "StrategyDelivery"("strategyId");

-- CreateIndex
CREATE INDEX "StrategyDelivery_priorityId_idx" ON "StrategyDelivery"("priorityId");

-- AddForeignKey
ALTER TABLE "Priority" ADD CONSTRAINT "Priority_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyOwnership" ADD CONSTRAINT "StrategyOwnership_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Programme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProgrammeAlias" ADD CONSTRAINT "ProgrammeAlias_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyDelivery" ADD CONSTRAINT "StrategyDelivery_programmeId_fkey" FOREIGN KEY ("programmeId") REFERENCES "Programme"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyDelivery" ADD CONSTRAINT "StrategyDelivery_strategyId_fkey" FOREIGN KEY ("strategyId") REFERENCES "Strategy"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "StrategyDelivery" ADD CONSTRAINT "StrategyDelivery_priorityId_fkey" FOREIGN KEY ("priorityId") REFERENCES "Priority"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written constraints that Prisma's schema language cannot express.
-- Periods end on or after they start, and priorities and tree positions count from 1.
ALTER TABLE "Strategy" ADD CONSTRAINT "Strategy_period_ordered"
    CHECK ("periodEnd" IS NULL OR "periodStart" IS NULL OR "periodStart" <= "periodEnd");
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_dates_ordered"
    CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "startDate" <= "endDate");
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_not_own_parent"
    CHECK ("parentId" IS NULL OR "parentId" <> "id");
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_position_positive"
    CHECK ("position" IS NULL OR "position" >= 1);
ALTER TABLE "Priority" ADD CONSTRAINT "Priority_position_positive"
    CHECK ("position" >= 1);
-- Every source line range is complete and reads forwards.
ALTER TABLE "Strategy" ADD CONSTRAINT "Strategy_approval_source_lines"
    CHECK ("approvalSourceLastLine" IS NULL OR "approvalSourceFirstLine" <= "approvalSourceLastLine");
ALTER TABLE "Strategy" ADD CONSTRAINT "Strategy_source_lines"
    CHECK ("sourceLastLine" IS NULL OR "sourceFirstLine" <= "sourceLastLine");
ALTER TABLE "Priority" ADD CONSTRAINT "Priority_source_lines"
    CHECK ("sourceLastLine" IS NULL OR "sourceFirstLine" <= "sourceLastLine");
ALTER TABLE "Programme" ADD CONSTRAINT "Programme_source_lines"
    CHECK ("sourceLastLine" IS NULL OR "sourceFirstLine" <= "sourceLastLine");
ALTER TABLE "StatusUpdate" ADD CONSTRAINT "StatusUpdate_source_lines"
    CHECK ("sourceLastLine" IS NULL OR "sourceFirstLine" <= "sourceLastLine");

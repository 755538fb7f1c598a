-- CreateEnum
CREATE TYPE "Sector" AS ENUM ('LOCAL_AUTHORITY', 'DISTRICT_COUNCIL', 'COMBINED_AUTHORITY', 'CCG', 'ICB', 'NHS_TRUST', 'NHS_NATIONAL_BODY', 'POLICE', 'FIRE', 'HEALTHWATCH', 'VOLUNTARY_SECTOR', 'UNIVERSITY', 'PARTNERSHIP', 'GOVERNMENT', 'OTHER');

-- CreateEnum
CREATE TYPE "AreaType" AS ENUM ('COUNTRY', 'REGION', 'COUNTY', 'METROPOLITAN_DISTRICT', 'NON_METROPOLITAN_DISTRICT', 'UNITARY_AUTHORITY', 'WARD', 'ICB', 'SUB_ICB', 'POLICE_FORCE_AREA');

-- CreateEnum
CREATE TYPE "MembershipRole" AS ENUM ('CHAIR', 'DEPUTY_CHAIR', 'VICE_CHAIR', 'MEMBER', 'SUBSTITUTE', 'ADVISER', 'EMPLOYEE');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT,
    "sector" "Sector" NOT NULL,
    "parentId" TEXT,
    "areaCode" TEXT,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationAlias" (
    "id" SERIAL NOT NULL,
    "organisationId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalised" TEXT NOT NULL,

    CONSTRAINT "OrganisationAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrganisationIdentifier" (
    "id" SERIAL NOT NULL,
    "organisationId" TEXT NOT NULL,
    "scheme" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "validFrom" DATE,
    "validTo" DATE,

    CONSTRAINT "OrganisationIdentifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Succession" (
    "predecessorId" TEXT NOT NULL,
    "successorId" TEXT NOT NULL,
    "effectiveDate" DATE,

    CONSTRAINT "Succession_pkey" PRIMARY KEY ("predecessorId","successorId")
);

-- CreateTable
CREATE TABLE "Area" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "AreaType" NOT NULL,
    "parentCode" TEXT,

    CONSTRAINT "Area_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "honorific" TEXT,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PersonAlias" (
    "id" SERIAL NOT NULL,
    "personId" TEXT NOT NULL,
    "alias" TEXT NOT NULL,
    "normalised" TEXT NOT NULL,

    CONSTRAINT "PersonAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Board" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hostOrganisationId" TEXT,
    "areaCode" TEXT,

    CONSTRAINT "Board_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Post" (
    "id" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "role" "MembershipRole" NOT NULL,
    "boardId" TEXT,
    "organisationId" TEXT,

    CONSTRAINT "Post_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "id" SERIAL NOT NULL,
    "personId" TEXT NOT NULL,
    "boardId" TEXT,
    "organisationId" TEXT,
    "postId" TEXT,
    "role" "MembershipRole" NOT NULL,
    "label" TEXT,
    "onBehalfOfId" TEXT,
    "startDate" DATE,
    "endDate" DATE,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Organisation_sector_idx" ON "Organisation"("sector");

-- CreateIndex
CREATE INDEX "Organisation_areaCode_idx" ON "Organisation"("areaCode");

-- CreateIndex
CREATE INDEX "OrganisationAlias_normalised_idx" ON "OrganisationAlias"("normalised");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationAlias_organisationId_alias_key" ON "OrganisationAlias"("organisationId", "alias");

-- CreateIndex
CREATE INDEX "OrganisationIdentifier_organisationId_idx" ON "OrganisationIdentifier"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "OrganisationIdentifier_scheme_code_organisationId_key" ON "OrganisationIdentifier"("scheme", "code", "organisationId");

-- CreateIndex
CREATE INDEX "Succession_successorId_idx" ON "Succession"("successorId");

-- CreateIndex
CREATE INDEX "Area_parentCode_idx" ON "Area"("parentCode");

-- CreateIndex
CREATE INDEX "Person_name_idx" ON "Person"("name");

-- CreateIndex
CREATE INDEX "PersonAlias_normalised_idx" ON "PersonAlias"("normalised");

-- CreateIndex
CREATE UNIQUE INDEX "PersonAlias_personId_alias_key" ON "PersonAlias"("personId", "alias");

-- CreateIndex
CREATE INDEX "Post_boardId_idx" ON "Post"("boardId");

-- CreateIndex
CREATE INDEX "Post_organisationId_idx" ON "Post"("organisationId");

-- CreateIndex
CREATE INDEX "Membership_personId_idx" ON "Membership"("personId");

-- CreateIndex
CREATE INDEX "Membership_boardId_idx" ON "Membership"("boardId");

-- CreateIndex
CREATE INDEX "Membership_organisationId_idx" ON "Membership"("organisationId");

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationAlias" ADD CONSTRAINT "OrganisationAlias_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrganisationIdentifier" ADD CONSTRAINT "OrganisationIdentifier_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Succession" ADD CONSTRAINT "Succession_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Succession" ADD CONSTRAINT "Succession_successorId_fkey" FOREIGN KEY ("successorId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Area" ADD CONSTRAINT "Area_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PersonAlias" ADD CONSTRAINT "PersonAlias_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Board" ADD CONSTRAINT "Board_hostOrganisationId_fkey" FOREIGN KEY ("hostOrganisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Board" ADD CONSTRAINT "Board_areaCode_fkey" FOREIGN KEY ("areaCode") REFERENCES "Area"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Post" ADD CONSTRAINT "Post_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_boardId_fkey" FOREIGN KEY ("boardId") REFERENCES "Board"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_onBehalfOfId_fkey" FOREIGN KEY ("onBehalfOfId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_postId_fkey" FOREIGN KEY ("postId") REFERENCES "Post"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written constraints that Prisma's schema language cannot express.
-- A membership or post belongs to exactly one board or one organisation.
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_board_xor_organisation"
    CHECK (num_nonnulls("boardId", "organisationId") = 1);
ALTER TABLE "Post" ADD CONSTRAINT "Post_board_xor_organisation"
    CHECK (num_nonnulls("boardId", "organisationId") = 1);
ALTER TABLE "Membership" ADD CONSTRAINT "Membership_dates_ordered"
    CHECK ("endDate" IS NULL OR "startDate" IS NULL OR "startDate" <= "endDate");
ALTER TABLE "OrganisationIdentifier" ADD CONSTRAINT "OrganisationIdentifier_dates_ordered"
    CHECK ("validTo" IS NULL OR "validFrom" IS NULL OR "validFrom" <= "validTo");
ALTER TABLE "Succession" ADD CONSTRAINT "Succession_not_self"
    CHECK ("predecessorId" <> "successorId");
ALTER TABLE "Organisation" ADD CONSTRAINT "Organisation_not_own_parent"
    CHECK ("parentId" IS NULL OR "parentId" <> "id");

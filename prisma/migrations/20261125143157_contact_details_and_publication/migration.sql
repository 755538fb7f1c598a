-- CreateEnum
CREATE TYPE "Publication" AS ENUM ('PUBLISHED', 'DRAFT', 'BELOW_PUBLICATION_LEVEL');

-- CreateEnum
CREATE TYPE "ContactDetailType" AS ENUM ('EMAIL', 'VOICE');

-- AlterTable
ALTER TABLE "Measurement" ADD COLUMN     "publication" "Publication" NOT NULL DEFAULT 'PUBLISHED';

-- CreateTable
CREATE TABLE "ContactDetail" (
    "id" SERIAL NOT NULL,
    "personId" TEXT NOT NULL,
    "type" "ContactDetailType" NOT NULL,
    "value" TEXT NOT NULL,
    "organisationId" TEXT,
    "sourceDocumentId" TEXT,
    "sourceFirstLine" INTEGER,
    "sourceLastLine" INTEGER,
    "asWritten" TEXT,

    CONSTRAINT "ContactDetail_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContactDetail_organisationId_idx" ON "ContactDetail"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "ContactDetail_personId_type_value_key" ON "ContactDetail"("personId", "type", "value");

-- AddForeignKey
ALTER TABLE "ContactDetail" ADD CONSTRAINT "ContactDetail_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContactDetail" ADD CONSTRAINT "ContactDetail_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

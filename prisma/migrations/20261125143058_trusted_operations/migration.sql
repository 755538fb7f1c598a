-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "trustedOperationsOnly" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "TrustedOperation" (
    "id" SERIAL NOT NULL,
    "organisationId" TEXT NOT NULL,
    "sha256" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "document" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TrustedOperation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrustedOperation_sha256_idx" ON "TrustedOperation"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "TrustedOperation_organisationId_sha256_key" ON "TrustedOperation"("organisationId", "sha256");

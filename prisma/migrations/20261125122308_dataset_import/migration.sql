-- AlterTable
ALTER TABLE "Board" ADD COLUMN     "asWritten" TEXT,
ADD COLUMN     "sourceDocumentId" TEXT,
ADD COLUMN     "sourceFirstLine" INTEGER,
ADD COLUMN     "sourceLastLine" INTEGER;

-- AlterTable
ALTER TABLE "Organisation" ADD COLUMN     "asWritten" TEXT,
ADD COLUMN     "sourceDocumentId" TEXT,
ADD COLUMN     "sourceFirstLine" INTEGER,
ADD COLUMN     "sourceLastLine" INTEGER;

-- CreateTable
CREATE TABLE "ImportRun" (
    "id" SERIAL NOT NULL,
    "startedAt" TIMESTAMPTZ(3) NOT NULL,
    "finishedAt" TIMESTAMPTZ(3) NOT NULL,
    "actor" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentHash" TEXT NOT NULL,
    "counts" JSONB NOT NULL,

    CONSTRAINT "ImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ImportRun_contentHash_idx" ON "ImportRun"("contentHash");

-- AlterTable
ALTER TABLE "Membership" ADD COLUMN     "asWritten" TEXT,
ADD COLUMN     "sourceDocumentId" TEXT,
ADD COLUMN     "sourceFirstLine" INTEGER,
ADD COLUMN     "sourceLastLine" INTEGER;

-- AlterTable
ALTER TABLE "Post" ADD COLUMN     "asWritten" TEXT,
ADD COLUMN     "sourceDocumentId" TEXT,
ADD COLUMN     "sourceFirstLine" INTEGER,
ADD COLUMN     "sourceLastLine" INTEGER;

-- AlterTable
ALTER TABLE "Indicator" ADD COLUMN     "publicationThreshold" DECIMAL(18,6);

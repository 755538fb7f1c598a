-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "dryRun" BOOLEAN NOT NULL DEFAULT false;

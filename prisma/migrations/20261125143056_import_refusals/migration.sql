-- AlterTable
ALTER TABLE "ImportRun" ADD COLUMN     "refusal" TEXT;

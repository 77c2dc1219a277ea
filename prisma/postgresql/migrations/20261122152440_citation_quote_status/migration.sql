-- AlterTable
ALTER TABLE "Citation" ADD COLUMN     "quoteStatus" TEXT NOT NULL DEFAULT 'unchecked';


-- AlterTable
ALTER TABLE "DebateSession" ADD COLUMN     "prep" TEXT NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "mergedIntoId" TEXT;


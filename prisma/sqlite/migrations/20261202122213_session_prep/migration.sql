-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN "mergedIntoId" TEXT;

-- AlterTable (by hand: SQLite adds a NOT NULL column with a constant default in place; no need to rebuild the table)
ALTER TABLE "DebateSession" ADD COLUMN "prep" TEXT NOT NULL DEFAULT '{}';

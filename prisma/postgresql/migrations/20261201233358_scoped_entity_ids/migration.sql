-- DropForeignKey
ALTER TABLE "NodeTag" DROP CONSTRAINT "NodeTag_nodeId_fkey";

-- DropForeignKey
ALTER TABLE "NodeTag" DROP CONSTRAINT "NodeTag_tagId_fkey";

-- DropForeignKey
ALTER TABLE "Citation" DROP CONSTRAINT "Citation_nodeId_fkey";

-- DropForeignKey
ALTER TABLE "Citation" DROP CONSTRAINT "Citation_sourceId_fkey";

-- DropIndex
DROP INDEX "Node_mapId_idx";

-- DropIndex
DROP INDEX "NodeTag_tagId_idx";

-- DropIndex
DROP INDEX "Relation_mapId_idx";

-- DropIndex
DROP INDEX "Source_mapId_idx";

-- DropIndex
DROP INDEX "Citation_mapId_idx";

-- DropIndex
DROP INDEX "Citation_nodeId_idx";

-- DropIndex
DROP INDEX "Citation_sourceId_idx";

-- AlterTable
ALTER TABLE "Node" DROP CONSTRAINT "Node_pkey",
ADD CONSTRAINT "Node_pkey" PRIMARY KEY ("mapId", "id");

-- AlterTable (hand-edited: existing tag links take their node's map)
ALTER TABLE "NodeTag" ADD COLUMN "mapId" TEXT;
UPDATE "NodeTag" AS nt SET "mapId" = n."mapId" FROM "Node" AS n WHERE n."id" = nt."nodeId";
ALTER TABLE "NodeTag" ALTER COLUMN "mapId" SET NOT NULL;
ALTER TABLE "NodeTag" DROP CONSTRAINT "NodeTag_pkey",
ADD CONSTRAINT "NodeTag_pkey" PRIMARY KEY ("mapId", "nodeId", "tagId");

-- AlterTable
ALTER TABLE "Relation" DROP CONSTRAINT "Relation_pkey",
ADD CONSTRAINT "Relation_pkey" PRIMARY KEY ("mapId", "id");

-- AlterTable
ALTER TABLE "Tag" DROP CONSTRAINT "Tag_pkey",
ADD CONSTRAINT "Tag_pkey" PRIMARY KEY ("mapId", "id");

-- AlterTable
ALTER TABLE "Source" DROP CONSTRAINT "Source_pkey",
ADD CONSTRAINT "Source_pkey" PRIMARY KEY ("mapId", "id");

-- AlterTable
ALTER TABLE "Citation" DROP CONSTRAINT "Citation_pkey",
ADD CONSTRAINT "Citation_pkey" PRIMARY KEY ("mapId", "id");

-- CreateIndex
CREATE INDEX "NodeTag_mapId_tagId_idx" ON "NodeTag"("mapId", "tagId");

-- CreateIndex
CREATE INDEX "Citation_mapId_nodeId_idx" ON "Citation"("mapId", "nodeId");

-- CreateIndex
CREATE INDEX "Citation_mapId_sourceId_idx" ON "Citation"("mapId", "sourceId");

-- AddForeignKey
ALTER TABLE "NodeTag" ADD CONSTRAINT "NodeTag_mapId_nodeId_fkey" FOREIGN KEY ("mapId", "nodeId") REFERENCES "Node"("mapId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NodeTag" ADD CONSTRAINT "NodeTag_mapId_tagId_fkey" FOREIGN KEY ("mapId", "tagId") REFERENCES "Tag"("mapId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_mapId_nodeId_fkey" FOREIGN KEY ("mapId", "nodeId") REFERENCES "Node"("mapId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_mapId_sourceId_fkey" FOREIGN KEY ("mapId", "sourceId") REFERENCES "Source"("mapId", "id") ON DELETE CASCADE ON UPDATE CASCADE;


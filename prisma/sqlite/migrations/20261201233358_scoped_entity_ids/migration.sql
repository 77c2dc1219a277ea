-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Node" (
    "id" TEXT NOT NULL,
    "mapId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "x" REAL NOT NULL DEFAULT 0,
    "y" REAL NOT NULL DEFAULT 0,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("mapId", "id"),
    CONSTRAINT "Node_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "ArgumentMap" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Node" ("body", "createdAt", "id", "kind", "mapId", "title", "updatedAt", "version", "x", "y") SELECT "body", "createdAt", "id", "kind", "mapId", "title", "updatedAt", "version", "x", "y" FROM "Node";
DROP TABLE "Node";
ALTER TABLE "new_Node" RENAME TO "Node";
CREATE TABLE "new_NodeTag" (
    "mapId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "tagId" TEXT NOT NULL,

    PRIMARY KEY ("mapId", "nodeId", "tagId"),
    CONSTRAINT "NodeTag_mapId_nodeId_fkey" FOREIGN KEY ("mapId", "nodeId") REFERENCES "Node" ("mapId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "NodeTag_mapId_tagId_fkey" FOREIGN KEY ("mapId", "tagId") REFERENCES "Tag" ("mapId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- hand-edited: existing tag links take their node's map
INSERT INTO "new_NodeTag" ("mapId", "nodeId", "tagId") SELECT n."mapId", nt."nodeId", nt."tagId" FROM "NodeTag" AS nt JOIN "Node" AS n ON n."id" = nt."nodeId";
DROP TABLE "NodeTag";
ALTER TABLE "new_NodeTag" RENAME TO "NodeTag";
CREATE INDEX "NodeTag_mapId_tagId_idx" ON "NodeTag"("mapId", "tagId");
CREATE TABLE "new_Relation" (
    "id" TEXT NOT NULL,
    "mapId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "fromId" TEXT NOT NULL,
    "toId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("mapId", "id"),
    CONSTRAINT "Relation_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "ArgumentMap" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Relation" ("createdAt", "fromId", "id", "mapId", "toId", "type", "version") SELECT "createdAt", "fromId", "id", "mapId", "toId", "type", "version" FROM "Relation";
DROP TABLE "Relation";
ALTER TABLE "new_Relation" RENAME TO "Relation";
CREATE UNIQUE INDEX "Relation_mapId_fromId_type_toId_key" ON "Relation"("mapId", "fromId", "type", "toId");
CREATE TABLE "new_Tag" (
    "id" TEXT NOT NULL,
    "mapId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,

    PRIMARY KEY ("mapId", "id"),
    CONSTRAINT "Tag_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "ArgumentMap" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Tag" ("color", "id", "mapId", "name", "version") SELECT "color", "id", "mapId", "name", "version" FROM "Tag";
DROP TABLE "Tag";
ALTER TABLE "new_Tag" RENAME TO "Tag";
CREATE UNIQUE INDEX "Tag_mapId_name_key" ON "Tag"("mapId", "name");
CREATE TABLE "new_Source" (
    "id" TEXT NOT NULL,
    "mapId" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "authors" TEXT NOT NULL DEFAULT '[]',
    "container" TEXT NOT NULL DEFAULT '',
    "publisher" TEXT NOT NULL DEFAULT '',
    "date" TEXT NOT NULL DEFAULT '',
    "pages" TEXT NOT NULL DEFAULT '',
    "url" TEXT NOT NULL DEFAULT '',
    "accessed" TEXT NOT NULL DEFAULT '',
    "language" TEXT NOT NULL DEFAULT '',
    "text" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("mapId", "id"),
    CONSTRAINT "Source_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "ArgumentMap" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Source" ("accessed", "authors", "container", "createdAt", "date", "id", "language", "mapId", "pages", "publisher", "text", "title", "type", "updatedAt", "url", "version") SELECT "accessed", "authors", "container", "createdAt", "date", "id", "language", "mapId", "pages", "publisher", "text", "title", "type", "updatedAt", "url", "version" FROM "Source";
DROP TABLE "Source";
ALTER TABLE "new_Source" RENAME TO "Source";
CREATE TABLE "new_Citation" (
    "id" TEXT NOT NULL,
    "mapId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "sourceId" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "locator" TEXT NOT NULL DEFAULT '{}',
    "quoteStatus" TEXT NOT NULL DEFAULT 'unchecked',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("mapId", "id"),
    CONSTRAINT "Citation_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "ArgumentMap" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_mapId_nodeId_fkey" FOREIGN KEY ("mapId", "nodeId") REFERENCES "Node" ("mapId", "id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Citation_mapId_sourceId_fkey" FOREIGN KEY ("mapId", "sourceId") REFERENCES "Source" ("mapId", "id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Citation" ("createdAt", "id", "locator", "mapId", "nodeId", "quote", "quoteStatus", "sourceId", "version") SELECT "createdAt", "id", "locator", "mapId", "nodeId", "quote", "quoteStatus", "sourceId", "version" FROM "Citation";
DROP TABLE "Citation";
ALTER TABLE "new_Citation" RENAME TO "Citation";
CREATE INDEX "Citation_mapId_nodeId_idx" ON "Citation"("mapId", "nodeId");
CREATE INDEX "Citation_mapId_sourceId_idx" ON "Citation"("mapId", "sourceId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


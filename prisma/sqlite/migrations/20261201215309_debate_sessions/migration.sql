-- CreateTable
CREATE TABLE "DebateSession" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "mapId" TEXT NOT NULL,
    "liveMapId" TEXT,
    "createdById" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "mode" TEXT NOT NULL,
    "format" TEXT NOT NULL DEFAULT 'none',
    "code" TEXT NOT NULL,
    "liveCode" TEXT,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "mapLocked" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'live',
    "agenda" TEXT NOT NULL DEFAULT '[]',
    "phase" INTEGER NOT NULL DEFAULT 0,
    "timerStartedAt" DATETIME,
    "timerRemainingMs" INTEGER NOT NULL DEFAULT 0,
    "timerState" TEXT NOT NULL DEFAULT 'idle',
    "floorId" TEXT,
    "floorSince" DATETIME,
    "spotlightId" TEXT,
    "reveal" TEXT NOT NULL DEFAULT '{"all":false,"nodeIds":[]}',
    "votingOpen" BOOLEAN NOT NULL DEFAULT true,
    "showVoterNames" BOOLEAN NOT NULL DEFAULT false,
    "seq" INTEGER NOT NULL DEFAULT 0,
    "endRevision" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "endedAt" DATETIME,
    CONSTRAINT "DebateSession_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "ArgumentMap" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebateSession_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "side" TEXT NOT NULL DEFAULT 'neutral',
    "secretHash" TEXT NOT NULL,
    "removed" BOOLEAN NOT NULL DEFAULT false,
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Participant_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DebateSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Participant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Proposal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "operations" TEXT NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "reason" TEXT NOT NULL DEFAULT '',
    "decidedById" TEXT,
    "decidedAt" DATETIME,
    "revision" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Proposal_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DebateSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Proposal_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Vote" (
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "agreement" INTEGER,
    "impact" INTEGER,
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("participantId", "nodeId"),
    CONSTRAINT "Vote_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DebateSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Vote_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Hand" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "reply" BOOLEAN NOT NULL DEFAULT false,
    "raisedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Hand_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DebateSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Hand_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "SessionEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "sessionId" TEXT NOT NULL,
    "seq" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "audience" TEXT NOT NULL DEFAULT 'all',
    "actor" TEXT,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "data" TEXT NOT NULL,
    CONSTRAINT "SessionEvent_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "DebateSession" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "DebateSession_liveMapId_key" ON "DebateSession"("liveMapId");

-- CreateIndex
CREATE UNIQUE INDEX "DebateSession_liveCode_key" ON "DebateSession"("liveCode");

-- CreateIndex
CREATE INDEX "DebateSession_mapId_idx" ON "DebateSession"("mapId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_secretHash_key" ON "Participant"("secretHash");

-- CreateIndex
CREATE INDEX "Participant_sessionId_idx" ON "Participant"("sessionId");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_sessionId_userId_key" ON "Participant"("sessionId", "userId");

-- CreateIndex
CREATE INDEX "Proposal_sessionId_status_idx" ON "Proposal"("sessionId", "status");

-- CreateIndex
CREATE INDEX "Proposal_participantId_idx" ON "Proposal"("participantId");

-- CreateIndex
CREATE INDEX "Vote_sessionId_nodeId_idx" ON "Vote"("sessionId", "nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "Hand_sessionId_participantId_key" ON "Hand"("sessionId", "participantId");

-- CreateIndex
CREATE UNIQUE INDEX "SessionEvent_sessionId_seq_key" ON "SessionEvent"("sessionId", "seq");


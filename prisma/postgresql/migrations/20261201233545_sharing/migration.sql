-- CreateTable
CREATE TABLE "AccessRequest" (
    "id" TEXT NOT NULL,
    "mapId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'pending',
    "role" TEXT,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AccessRequest_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplateLink" (
    "id" TEXT NOT NULL,
    "mapId" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "ownerReads" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "TemplateLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplateCopy" (
    "templateId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "copyId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TemplateCopy_pkey" PRIMARY KEY ("templateId","userId")
);

-- CreateIndex
CREATE INDEX "AccessRequest_userId_createdAt_idx" ON "AccessRequest"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "AccessRequest_mapId_userId_key" ON "AccessRequest"("mapId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "TemplateLink_token_key" ON "TemplateLink"("token");

-- CreateIndex
CREATE INDEX "TemplateLink_mapId_idx" ON "TemplateLink"("mapId");

-- CreateIndex
CREATE UNIQUE INDEX "TemplateCopy_copyId_key" ON "TemplateCopy"("copyId");

-- AddForeignKey
ALTER TABLE "AccessRequest" ADD CONSTRAINT "AccessRequest_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateLink" ADD CONSTRAINT "TemplateLink_mapId_fkey" FOREIGN KEY ("mapId") REFERENCES "ArgumentMap"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateLink" ADD CONSTRAINT "TemplateLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateCopy" ADD CONSTRAINT "TemplateCopy_templateId_fkey" FOREIGN KEY ("templateId") REFERENCES "TemplateLink"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateCopy" ADD CONSTRAINT "TemplateCopy_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplateCopy" ADD CONSTRAINT "TemplateCopy_copyId_fkey" FOREIGN KEY ("copyId") REFERENCES "ArgumentMap"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Hand-edited from Prisma's output: Prisma redefines ApiKey and Profile (create new_…, copy,
-- DROP, rename) to add these columns. The migration runner applies each migration inside a
-- transaction, where `PRAGMA foreign_keys=OFF` is ignored, so that DROP TABLE "Profile" would
-- cascade and delete every identity, consent, event and enrollment. SQLite adds NOT NULL
-- columns with constant defaults in place, which is what Prisma's redefinition amounts to.

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN "acceptedCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ApiKey" ADD COLUMN "duplicateCount" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "ApiKey" ADD COLUMN "rejectedCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN "traitTimestamps" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "IngestRejection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "apiKeyId" TEXT NOT NULL,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "path" TEXT,
    "eventType" TEXT,
    "messageId" TEXT,
    "batchIndex" INTEGER,
    CONSTRAINT "IngestRejection_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "IngestRejection_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "IngestRejection_apiKeyId_at_idx" ON "IngestRejection"("apiKeyId", "at");

-- CreateIndex
CREATE INDEX "IngestRejection_workspaceId_at_idx" ON "IngestRejection"("workspaceId", "at");

-- CreateIndex
CREATE INDEX "Event_workspaceId_profileId_timestamp_idx" ON "Event"("workspaceId", "profileId", "timestamp");

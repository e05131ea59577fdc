-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "acceptedCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "duplicateCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "rejectedCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Profile" ADD COLUMN     "traitTimestamps" JSONB NOT NULL DEFAULT '{}';

-- CreateTable
CREATE TABLE "IngestRejection" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "apiKeyId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reason" TEXT NOT NULL,
    "path" TEXT,
    "eventType" TEXT,
    "messageId" TEXT,
    "batchIndex" INTEGER,

    CONSTRAINT "IngestRejection_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "IngestRejection_apiKeyId_at_idx" ON "IngestRejection"("apiKeyId", "at");

-- CreateIndex
CREATE INDEX "IngestRejection_workspaceId_at_idx" ON "IngestRejection"("workspaceId", "at");

-- CreateIndex
CREATE INDEX "Event_workspaceId_profileId_timestamp_idx" ON "Event"("workspaceId", "profileId", "timestamp");

-- AddForeignKey
ALTER TABLE "IngestRejection" ADD CONSTRAINT "IngestRejection_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IngestRejection" ADD CONSTRAINT "IngestRejection_apiKeyId_fkey" FOREIGN KEY ("apiKeyId") REFERENCES "ApiKey"("id") ON DELETE CASCADE ON UPDATE CASCADE;


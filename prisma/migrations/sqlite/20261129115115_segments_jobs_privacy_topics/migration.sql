-- AlterTable
ALTER TABLE "SegmentMembership" ADD COLUMN "recheckAt" DATETIME;

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN "activeSlot" TEXT;

-- CreateTable
CREATE TABLE "SegmentMembershipChange" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "segmentId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "change" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "processedAt" DATETIME,
    CONSTRAINT "SegmentMembershipChange_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "SegmentMembershipChange_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BackgroundJob" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "input" JSONB NOT NULL DEFAULT '{}',
    "total" INTEGER,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "result" JSONB NOT NULL DEFAULT '{}',
    "error" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" DATETIME,
    "finishedAt" DATETIME,
    "heartbeatAt" DATETIME,
    CONSTRAINT "BackgroundJob_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "BackgroundJobError" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "jobId" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "field" TEXT,
    "message" TEXT NOT NULL,
    CONSTRAINT "BackgroundJobError_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "BackgroundJob" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProfileDeletion" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "deletedBy" TEXT NOT NULL,
    "counts" JSONB NOT NULL DEFAULT '{}',
    "deletedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ProfileDeletion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "defaultSubscribed" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" DATETIME,
    CONSTRAINT "Topic_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "TopicPreference" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TopicPreference_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TopicPreference_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TopicPreference_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "JourneyScheduleRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "journeyId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "scheduledFor" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "enrolled" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "JourneyScheduleRun_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "JourneyScheduleRun_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_WorkspaceSettings" (
    "workspaceId" TEXT NOT NULL PRIMARY KEY,
    "timezone" TEXT NOT NULL DEFAULT 'UTC',
    "defaultRegion" TEXT NOT NULL DEFAULT 'US',
    "frequencyCaps" JSONB NOT NULL DEFAULT '[]',
    "quietHours" JSONB NOT NULL DEFAULT '{}',
    "consentPolicy" JSONB NOT NULL DEFAULT '{}',
    "preferenceCentre" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WorkspaceSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_WorkspaceSettings" ("consentPolicy", "defaultRegion", "frequencyCaps", "quietHours", "timezone", "updatedAt", "workspaceId") SELECT "consentPolicy", "defaultRegion", "frequencyCaps", "quietHours", "timezone", "updatedAt", "workspaceId" FROM "WorkspaceSettings";
DROP TABLE "WorkspaceSettings";
ALTER TABLE "new_WorkspaceSettings" RENAME TO "WorkspaceSettings";
CREATE TABLE "new_Segment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "definition" JSONB NOT NULL,
    "memberCount" INTEGER NOT NULL DEFAULT 0,
    "computedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "archivedAt" DATETIME,
    CONSTRAINT "Segment_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Segment" ("createdAt", "definition", "description", "id", "name", "updatedAt", "workspaceId") SELECT "createdAt", "definition", "description", "id", "name", "updatedAt", "workspaceId" FROM "Segment";
DROP TABLE "Segment";
ALTER TABLE "new_Segment" RENAME TO "Segment";
CREATE UNIQUE INDEX "Segment_workspaceId_name_key" ON "Segment"("workspaceId", "name");
CREATE TABLE "new_Message" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "enrollmentId" TEXT,
    "journeyId" TEXT,
    "nodeId" TEXT,
    "templateId" TEXT,
    "channel" TEXT NOT NULL,
    "recipient" TEXT,
    "frequencyCapExempt" BOOLEAN NOT NULL DEFAULT false,
    "topicId" TEXT,
    "idempotencyKey" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "content" JSONB NOT NULL DEFAULT '{}',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leaseUntil" DATETIME,
    "leaseOwner" TEXT,
    "provider" TEXT,
    "providerMessageId" TEXT,
    "error" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    CONSTRAINT "Message_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Message_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Message_enrollmentId_fkey" FOREIGN KEY ("enrollmentId") REFERENCES "Enrollment" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Message" ("attempts", "channel", "content", "createdAt", "enrollmentId", "error", "id", "idempotencyKey", "journeyId", "leaseUntil", "nextAttemptAt", "nodeId", "profileId", "provider", "providerMessageId", "sentAt", "status", "templateId", "workspaceId") SELECT "attempts", "channel", "content", "createdAt", "enrollmentId", "error", "id", "idempotencyKey", "journeyId", "leaseUntil", "nextAttemptAt", "nodeId", "profileId", "provider", "providerMessageId", "sentAt", "status", "templateId", "workspaceId" FROM "Message";
DROP TABLE "Message";
ALTER TABLE "new_Message" RENAME TO "Message";
CREATE UNIQUE INDEX "Message_idempotencyKey_key" ON "Message"("idempotencyKey");
CREATE INDEX "Message_status_nextAttemptAt_idx" ON "Message"("status", "nextAttemptAt");
CREATE INDEX "Message_workspaceId_profileId_createdAt_idx" ON "Message"("workspaceId", "profileId", "createdAt");
CREATE INDEX "Message_workspaceId_journeyId_nodeId_idx" ON "Message"("workspaceId", "journeyId", "nodeId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "SegmentMembershipChange_segmentId_at_idx" ON "SegmentMembershipChange"("segmentId", "at");

-- CreateIndex
CREATE INDEX "SegmentMembershipChange_processedAt_at_idx" ON "SegmentMembershipChange"("processedAt", "at");

-- CreateIndex
CREATE INDEX "SegmentMembershipChange_workspaceId_profileId_idx" ON "SegmentMembershipChange"("workspaceId", "profileId");

-- CreateIndex
CREATE INDEX "BackgroundJob_workspaceId_kind_createdAt_idx" ON "BackgroundJob"("workspaceId", "kind", "createdAt");

-- CreateIndex
CREATE INDEX "BackgroundJobError_jobId_row_idx" ON "BackgroundJobError"("jobId", "row");

-- CreateIndex
CREATE INDEX "ProfileDeletion_workspaceId_deletedAt_idx" ON "ProfileDeletion"("workspaceId", "deletedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Topic_workspaceId_name_key" ON "Topic"("workspaceId", "name");

-- CreateIndex
CREATE INDEX "TopicPreference_workspaceId_topicId_status_idx" ON "TopicPreference"("workspaceId", "topicId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "TopicPreference_profileId_topicId_key" ON "TopicPreference"("profileId", "topicId");

-- CreateIndex
CREATE UNIQUE INDEX "JourneyScheduleRun_journeyId_scheduledFor_key" ON "JourneyScheduleRun"("journeyId", "scheduledFor");

-- CreateIndex
CREATE INDEX "SegmentMembership_segmentId_exitedAt_idx" ON "SegmentMembership"("segmentId", "exitedAt");

-- CreateIndex
CREATE INDEX "SegmentMembership_recheckAt_idx" ON "SegmentMembership"("recheckAt");

-- CreateIndex
CREATE UNIQUE INDEX "Enrollment_activeSlot_key" ON "Enrollment"("activeSlot");


-- AlterTable
ALTER TABLE "WorkspaceSettings" ADD COLUMN     "preferenceCentre" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "Segment" ADD COLUMN     "archivedAt" TIMESTAMP(3),
ADD COLUMN     "computedAt" TIMESTAMP(3),
ADD COLUMN     "memberCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "SegmentMembership" ADD COLUMN     "recheckAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Enrollment" ADD COLUMN     "activeSlot" TEXT;

-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "frequencyCapExempt" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "leaseOwner" TEXT,
ADD COLUMN     "recipient" TEXT,
ADD COLUMN     "topicId" TEXT;

-- CreateTable
CREATE TABLE "SegmentMembershipChange" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "segmentId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "change" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "SegmentMembershipChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BackgroundJob" (
    "id" TEXT NOT NULL,
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
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),
    "heartbeatAt" TIMESTAMP(3),

    CONSTRAINT "BackgroundJob_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BackgroundJobError" (
    "id" TEXT NOT NULL,
    "jobId" TEXT NOT NULL,
    "row" INTEGER NOT NULL,
    "field" TEXT,
    "message" TEXT NOT NULL,

    CONSTRAINT "BackgroundJobError_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ProfileDeletion" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "deletedBy" TEXT NOT NULL,
    "counts" JSONB NOT NULL DEFAULT '{}',
    "deletedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ProfileDeletion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Topic" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "defaultSubscribed" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TopicPreference" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "topicId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TopicPreference_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "JourneyScheduleRun" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "journeyId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "scheduledFor" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "enrolled" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "JourneyScheduleRun_pkey" PRIMARY KEY ("id")
);

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

-- AddForeignKey
ALTER TABLE "SegmentMembershipChange" ADD CONSTRAINT "SegmentMembershipChange_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SegmentMembershipChange" ADD CONSTRAINT "SegmentMembershipChange_segmentId_fkey" FOREIGN KEY ("segmentId") REFERENCES "Segment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackgroundJob" ADD CONSTRAINT "BackgroundJob_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BackgroundJobError" ADD CONSTRAINT "BackgroundJobError_jobId_fkey" FOREIGN KEY ("jobId") REFERENCES "BackgroundJob"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ProfileDeletion" ADD CONSTRAINT "ProfileDeletion_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Topic" ADD CONSTRAINT "Topic_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicPreference" ADD CONSTRAINT "TopicPreference_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicPreference" ADD CONSTRAINT "TopicPreference_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TopicPreference" ADD CONSTRAINT "TopicPreference_topicId_fkey" FOREIGN KEY ("topicId") REFERENCES "Topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JourneyScheduleRun" ADD CONSTRAINT "JourneyScheduleRun_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "JourneyScheduleRun" ADD CONSTRAINT "JourneyScheduleRun_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey"("id") ON DELETE CASCADE ON UPDATE CASCADE;


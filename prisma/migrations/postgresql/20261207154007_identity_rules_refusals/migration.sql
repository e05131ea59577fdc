-- AlterTable
ALTER TABLE "WorkspaceSettings" ADD COLUMN     "identityRules" JSONB NOT NULL DEFAULT '{}';

-- AlterTable
ALTER TABLE "ApiKey" ADD COLUMN     "droppedIdentifierCount" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "futureTimestampCount" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "DroppedIdentifier" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "ownerProfileId" TEXT,
    "eventMessageId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DroppedIdentifier_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EnrollmentRefusal" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "journeyId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "firstAt" TIMESTAMP(3) NOT NULL,
    "lastAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EnrollmentRefusal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DroppedIdentifier_workspaceId_profileId_idx" ON "DroppedIdentifier"("workspaceId", "profileId");

-- CreateIndex
CREATE INDEX "DroppedIdentifier_workspaceId_reason_at_idx" ON "DroppedIdentifier"("workspaceId", "reason", "at");

-- CreateIndex
CREATE INDEX "EnrollmentRefusal_workspaceId_profileId_idx" ON "EnrollmentRefusal"("workspaceId", "profileId");

-- CreateIndex
CREATE UNIQUE INDEX "EnrollmentRefusal_journeyId_profileId_reason_key" ON "EnrollmentRefusal"("journeyId", "profileId", "reason");

-- AddForeignKey
ALTER TABLE "DroppedIdentifier" ADD CONSTRAINT "DroppedIdentifier_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DroppedIdentifier" ADD CONSTRAINT "DroppedIdentifier_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrollmentRefusal" ADD CONSTRAINT "EnrollmentRefusal_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrollmentRefusal" ADD CONSTRAINT "EnrollmentRefusal_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EnrollmentRefusal" ADD CONSTRAINT "EnrollmentRefusal_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- CreateTable
CREATE TABLE "DroppedIdentifier" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "ownerProfileId" TEXT,
    "eventMessageId" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    CONSTRAINT "DroppedIdentifier_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DroppedIdentifier_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EnrollmentRefusal" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "journeyId" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "profileId" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "detail" TEXT NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 1,
    "firstAt" DATETIME NOT NULL,
    "lastAt" DATETIME NOT NULL,
    CONSTRAINT "EnrollmentRefusal_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EnrollmentRefusal_journeyId_fkey" FOREIGN KEY ("journeyId") REFERENCES "Journey" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "EnrollmentRefusal_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
    "identityRules" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "WorkspaceSettings_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_WorkspaceSettings" ("consentPolicy", "defaultRegion", "frequencyCaps", "preferenceCentre", "quietHours", "timezone", "updatedAt", "workspaceId") SELECT "consentPolicy", "defaultRegion", "frequencyCaps", "preferenceCentre", "quietHours", "timezone", "updatedAt", "workspaceId" FROM "WorkspaceSettings";
DROP TABLE "WorkspaceSettings";
ALTER TABLE "new_WorkspaceSettings" RENAME TO "WorkspaceSettings";
CREATE TABLE "new_ApiKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "workspaceId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "role" TEXT NOT NULL DEFAULT 'analyst',
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "keyHash" TEXT NOT NULL,
    "createdById" TEXT,
    "lastUsedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acceptedCount" INTEGER NOT NULL DEFAULT 0,
    "duplicateCount" INTEGER NOT NULL DEFAULT 0,
    "rejectedCount" INTEGER NOT NULL DEFAULT 0,
    "futureTimestampCount" INTEGER NOT NULL DEFAULT 0,
    "droppedIdentifierCount" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "ApiKey_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ApiKey" ("acceptedCount", "createdAt", "createdById", "duplicateCount", "id", "keyHash", "kind", "lastUsedAt", "name", "prefix", "rejectedCount", "revokedAt", "role", "workspaceId") SELECT "acceptedCount", "createdAt", "createdById", "duplicateCount", "id", "keyHash", "kind", "lastUsedAt", "name", "prefix", "rejectedCount", "revokedAt", "role", "workspaceId" FROM "ApiKey";
DROP TABLE "ApiKey";
ALTER TABLE "new_ApiKey" RENAME TO "ApiKey";
CREATE UNIQUE INDEX "ApiKey_keyHash_key" ON "ApiKey"("keyHash");
CREATE INDEX "ApiKey_workspaceId_kind_idx" ON "ApiKey"("workspaceId", "kind");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "DroppedIdentifier_workspaceId_profileId_idx" ON "DroppedIdentifier"("workspaceId", "profileId");

-- CreateIndex
CREATE INDEX "DroppedIdentifier_workspaceId_reason_at_idx" ON "DroppedIdentifier"("workspaceId", "reason", "at");

-- CreateIndex
CREATE INDEX "EnrollmentRefusal_workspaceId_profileId_idx" ON "EnrollmentRefusal"("workspaceId", "profileId");

-- CreateIndex
CREATE UNIQUE INDEX "EnrollmentRefusal_journeyId_profileId_reason_key" ON "EnrollmentRefusal"("journeyId", "profileId", "reason");


-- AlterTable
ALTER TABLE "BackgroundJob" ADD COLUMN     "exclusiveKey" TEXT;

-- AlterTable
ALTER TABLE "JourneyScheduleRun" ADD COLUMN     "cursor" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "BackgroundJob_exclusiveKey_key" ON "BackgroundJob"("exclusiveKey");

-- CreateIndex
CREATE INDEX "Enrollment_journeyId_enteredAt_idx" ON "Enrollment"("journeyId", "enteredAt");


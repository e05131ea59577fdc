import type { TTx } from "./run-write-transaction";

const IN_PROGRESS = ["active", "waiting"];

/**
 * Moves the merged profile's enrollments onto the survivor. Where both are in the same journey
 * at once, the one further along stays — more steps taken, then the more recently updated,
 * then the survivor's — and the others exit with reason "merged", so nobody gets a journey's
 * messages twice.
 */
export async function mergeEnrollments(tx: TTx, workspaceId: string, survivorId: string, mergedId: string, at: Date): Promise<void> {
  const running = await tx.enrollment.findMany({
    where: { workspaceId, profileId: { in: [survivorId, mergedId] }, state: { in: IN_PROGRESS } },
    select: { id: true, journeyId: true, profileId: true, updatedAt: true, _count: { select: { steps: true } } },
  });
  const byJourney = new Map<string, typeof running>();
  for (const enrollment of running) byJourney.set(enrollment.journeyId, [...(byJourney.get(enrollment.journeyId) ?? []), enrollment]);
  const losers: string[] = [];
  for (const list of byJourney.values()) {
    if (!list.some((e) => e.profileId === survivorId) || !list.some((e) => e.profileId === mergedId)) continue;
    const [keep, ...rest] = [...list].sort(
      (a, b) => b._count.steps - a._count.steps || b.updatedAt.getTime() - a.updatedAt.getTime() || (a.profileId === survivorId ? -1 : 1),
    );
    if (keep) losers.push(...rest.map((e) => e.id));
  }
  if (losers.length > 0) {
    await tx.enrollment.updateMany({
      where: { workspaceId, id: { in: losers } },
      data: { state: "exited", exitReason: "merged", exitedAt: at, wakeAt: null, waitingFor: null, leaseOwner: null, leaseUntil: null, activeSlot: null },
    });
  }
  await tx.enrollment.updateMany({ where: { workspaceId, profileId: mergedId }, data: { profileId: survivorId } });
  // Runs that moved hold "<journey>:<merged>" slots: re-key them to the survivor (see lib/engine/runner/active-slot.ts).
  await tx.$executeRaw`UPDATE "Enrollment" SET "activeSlot" = "journeyId" || ':' || ${survivorId} WHERE "workspaceId" = ${workspaceId} AND "profileId" = ${survivorId} AND "activeSlot" IS NOT NULL`;
}

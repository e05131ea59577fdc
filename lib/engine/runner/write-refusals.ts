import type { Prisma } from "../../db/generated/sqlite/client";
import type { TEnrollRefusalCode } from "../should-enroll";

/** A trigger that matched a profile but did not enrol it, as `EnrollmentRefusal` records it. */
export type TRefusal = {
  workspaceId: string;
  journeyId: string;
  versionId: string;
  /** the trigger node, whose NodeStat counts the refusal (metric `refused`) */
  triggerNodeId: string;
  profileId: string;
  reason: Exclude<TEnrollRefusalCode, "noMatch">;
  /** the sentence the enroll API answers with */
  detail: string;
  at: Date;
};

type TGroup = { refusal: TRefusal; count: number; firstAt: Date; lastAt: Date };

const keyOf = (r: { journeyId: string; profileId: string; reason: string }) => `${r.journeyId}\u0000${r.profileId}\u0000${r.reason}`;

/**
 * Records refusals inside the caller's transaction (the one that commits the enrolment attempt):
 * one `EnrollmentRefusal` row per journey, profile and reason — count incremented, latest detail
 * and version, `firstAt` kept, `lastAt` moved — and the trigger's NodeStat `refused` counter.
 * Bulk: a read of the existing rows per journey, one `updateMany` per group of rows that change
 * alike, one `createMany` for new rows, one upsert per trigger counter; never a query per refusal.
 */
export async function writeRefusals(tx: Prisma.TransactionClient, refusals: readonly TRefusal[]): Promise<void> {
  if (refusals.length === 0) return;
  const groups = new Map<string, TGroup>();
  for (const refusal of refusals) {
    const group = groups.get(keyOf(refusal));
    if (!group) groups.set(keyOf(refusal), { refusal, count: 1, firstAt: refusal.at, lastAt: refusal.at });
    else groups.set(keyOf(refusal), { refusal, count: group.count + 1, firstAt: group.firstAt < refusal.at ? group.firstAt : refusal.at, lastAt: group.lastAt > refusal.at ? group.lastAt : refusal.at });
  }
  const byJourney = new Map<string, TGroup[]>();
  for (const group of groups.values()) byJourney.set(group.refusal.journeyId, [...(byJourney.get(group.refusal.journeyId) ?? []), group]);
  for (const [journeyId, list] of byJourney) {
    const existing = new Set(
      (await tx.enrollmentRefusal.findMany({ where: { journeyId, profileId: { in: [...new Set(list.map((g) => g.refusal.profileId))] } }, select: { profileId: true, reason: true } })).map((row) => keyOf({ journeyId, ...row })),
    );
    const fresh = list.filter((g) => !existing.has(keyOf(g.refusal)));
    if (fresh.length > 0) {
      await tx.enrollmentRefusal.createMany({
        data: fresh.map(({ refusal: r, count, firstAt, lastAt }) => ({ workspaceId: r.workspaceId, journeyId, versionId: r.versionId, profileId: r.profileId, reason: r.reason, detail: r.detail, count, firstAt, lastAt })),
      });
    }
    // Rows that change alike (same reason, detail, version, time and increment) go in one statement.
    const updates = new Map<string, TGroup[]>();
    for (const group of list.filter((g) => existing.has(keyOf(g.refusal)))) {
      const { reason, detail, versionId } = group.refusal;
      const alike = JSON.stringify([reason, detail, versionId, group.lastAt.getTime(), group.count]);
      updates.set(alike, [...(updates.get(alike) ?? []), group]);
    }
    for (const same of updates.values()) {
      const { reason, detail, versionId } = (same[0] as TGroup).refusal;
      await tx.enrollmentRefusal.updateMany({
        where: { journeyId, reason, profileId: { in: same.map((g) => g.refusal.profileId) } },
        data: { count: { increment: (same[0] as TGroup).count }, detail, versionId, lastAt: (same[0] as TGroup).lastAt },
      });
    }
  }
  const counters = new Map<string, { workspaceId: string; journeyId: string; versionId: string; nodeId: string; count: number }>();
  for (const r of refusals) {
    const key = `${r.versionId}\u0000${r.triggerNodeId}`;
    const counter = counters.get(key) ?? { workspaceId: r.workspaceId, journeyId: r.journeyId, versionId: r.versionId, nodeId: r.triggerNodeId, count: 0 };
    counter.count++;
    counters.set(key, counter);
  }
  for (const c of counters.values()) {
    await tx.nodeStat.upsert({
      where: { versionId_nodeId_metric: { versionId: c.versionId, nodeId: c.nodeId, metric: "refused" } },
      create: { workspaceId: c.workspaceId, journeyId: c.journeyId, versionId: c.versionId, nodeId: c.nodeId, metric: "refused", count: c.count },
      update: { count: { increment: c.count } },
    });
  }
}

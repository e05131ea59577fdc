import type { Db } from "../../db/client";
import { commitSteps, type TCommitItem } from "./commit-steps";
import { loadLiveTriggers } from "./load-live-triggers";
import { prepareEnrolments } from "./prepare-enrolments";
import { recheckExitCriteria, type TProfileChange } from "./recheck-exit-criteria";
import type { TRefusal } from "./write-refusals";

export type TProcessSegmentEntriesOptions = {
  /** Only this workspace's changes (ingest calls it for the workspace it just updated); all when absent. */
  workspaceId?: string;
  now: Date;
  /** Changes per batch (one transaction each). */
  limit?: number;
  /** Batches per call; the next call takes the rest. */
  maxBatches?: number;
};

export type TSegmentEntriesSummary = { changes: number; enrolled: number; skipped: number; sent: number };

type TChange = { id: string; workspaceId: string; segmentId: string; profileId: string; change: string; at: Date };

/** Another runner marked some of the batch's changes first: the transaction rolls back and the batch is read again. */
class ChangesTakenError extends Error {
  constructor() {
    super("segment changes were processed concurrently");
    this.name = "ChangesTakenError";
  }
}

async function segmentNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.segment.findMany({ where: { id: { in: [...new Set(ids)] } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Enrolments for one batch of changes: each `entered` change into every live journey whose trigger is entry into that segment. */
async function enrolmentsFor(db: Db, changes: readonly TChange[], now: Date): Promise<{ items: TCommitItem[]; skipped: number; refusals: TRefusal[] }> {
  const entered = changes.filter((c) => c.change === "entered");
  if (entered.length === 0) return { items: [], skipped: 0, refusals: [] };
  const workspaceIds = [...new Set(entered.map((c) => c.workspaceId))];
  const journeys = (await Promise.all(workspaceIds.map((workspaceId) => loadLiveTriggers(db, "segmentEntry", { workspaceId })))).flat();
  if (journeys.length === 0) return { items: [], skipped: 0, refusals: [] };
  const names = await segmentNames(db, journeys.map((j) => j.trigger.source.segmentId));
  const items: TCommitItem[] = [];
  const refusals: TRefusal[] = [];
  let skipped = 0;
  for (const journey of journeys) {
    const { segmentId } = journey.trigger.source;
    // Entries before this version went live are history, not triggers (a journey published on an
    // old segment does not enrol everyone who ever entered it).
    const profileIds = entered.filter((c) => c.workspaceId === journey.run.workspaceId && c.segmentId === segmentId && c.at >= journey.publishedAt).map((c) => c.profileId);
    if (profileIds.length === 0) continue;
    const name = names.get(segmentId);
    const prepared = await prepareEnrolments(db, journey.run, profileIds, { now, entryReason: `entered segment "${name ?? segmentId}"` });
    items.push(...prepared.items);
    refusals.push(...prepared.refusals);
    skipped += prepared.refused.length;
  }
  return { items, skipped, refusals };
}

async function processBatch(db: Db, options: TProcessSegmentEntriesOptions, limit: number): Promise<TSegmentEntriesSummary & { read: number }> {
  const changes = await db.segmentMembershipChange.findMany({
    where: { processedAt: null, ...(options.workspaceId ? { workspaceId: options.workspaceId } : {}) },
    select: { id: true, workspaceId: true, segmentId: true, profileId: true, change: true, at: true },
    orderBy: { at: "asc" },
    take: limit,
  });
  if (changes.length === 0) return { read: 0, changes: 0, enrolled: 0, skipped: 0, sent: 0 };
  const { items, skipped, refusals } = await enrolmentsFor(db, changes, options.now);
  const ids = changes.map((c) => c.id);
  const committed = await commitSteps(db, items, {
    leaseOwner: null,
    now: options.now,
    refusals,
    // The claim and the enrolments commit together: a change is consumed exactly when its
    // enrollments exist. A concurrent runner that marked any of them first (PostgreSQL re-checks
    // the condition once the other transaction commits) makes this one roll back.
    alsoInTransaction: async (tx) => {
      const marked = await tx.segmentMembershipChange.updateMany({ where: { id: { in: ids }, processedAt: null }, data: { processedAt: options.now } });
      if (marked.count !== ids.length) throw new ChangesTakenError();
    },
  });
  await recheckMembers(db, changes, options.now);
  return { read: changes.length, changes: changes.length, enrolled: committed.committed.length, skipped: skipped + committed.slotTaken.length, sent: committed.sent };
}

/**
 * Exit criteria that read a segment follow its entries and exits (recomputes, time-based
 * rechecks, ingest): the profiles of a consumed batch are re-checked per workspace. Best effort,
 * after the commit: the changes are consumed either way, and the runs are checked at their next step.
 */
async function recheckMembers(db: Db, changes: readonly TChange[], now: Date): Promise<void> {
  const byWorkspace = new Map<string, Map<string, TProfileChange>>();
  for (const c of changes) {
    const profiles = byWorkspace.get(c.workspaceId) ?? new Map<string, TProfileChange>();
    profiles.set(c.profileId, { segments: [...(profiles.get(c.profileId)?.segments ?? []), c.segmentId] });
    byWorkspace.set(c.workspaceId, profiles);
  }
  for (const [workspaceId, profiles] of byWorkspace) {
    await recheckExitCriteria(db, workspaceId, profiles, now).catch((error: unknown) => console.error("exit criteria could not be re-checked after segment changes", error));
  }
}

/**
 * Consumes unprocessed SegmentMembershipChange rows, oldest first, in batches: each `entered`
 * row enrols its profile into the live journeys triggered by entry into that segment (re-entry
 * policy and limits apply; the step log names the segment), and every row of the batch — `exited`
 * ones included, which exit criteria read from SegmentMembership instead — is marked processed
 * in the same transaction as the enrollments. A crash before that commit leaves the rows
 * unprocessed and nothing enrolled; runners racing on one batch cannot both commit it.
 * Call it after updating memberships on ingest (with the workspace) and on every tick.
 */
export async function processSegmentEntries(db: Db, options: TProcessSegmentEntriesOptions): Promise<TSegmentEntriesSummary> {
  const limit = options.limit ?? 500;
  const total: TSegmentEntriesSummary = { changes: 0, enrolled: 0, skipped: 0, sent: 0 };
  for (let batch = 0; batch < (options.maxBatches ?? 20); batch++) {
    let result: Awaited<ReturnType<typeof processBatch>> | null = null;
    for (let attempt = 0; attempt < 3 && result === null; attempt++) {
      try {
        result = await processBatch(db, options, limit);
      } catch (error) {
        if (!(error instanceof ChangesTakenError)) throw error;
      }
    }
    if (result === null) break; // another runner keeps winning these rows: let it have them
    total.changes += result.changes;
    total.enrolled += result.enrolled;
    total.skipped += result.skipped;
    total.sent += result.sent;
    if (result.read < limit) break;
  }
  return total;
}

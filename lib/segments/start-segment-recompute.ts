import type { Db } from "../db/client";
import { conflict, notFound } from "../errors";
import type { JobReporter } from "../jobs/job-reporter";
import { JobBusyError, startJob, type TStartedJob } from "../jobs/start-job";
import { applySegmentEvaluation, runSegmentTransaction } from "./apply-segment-evaluation";
import { loadActiveSegments } from "./load-active-segments";
import { withDependents } from "./order-segments";

/** Profiles per batch (and per progress step) of a recompute. */
export const RECOMPUTE_BATCH = 500;
/** A definition edited during a recompute gets another pass, at most this many in all. */
const MAX_PASSES = 3;

export type TRecomputeOptions = { createdById?: string | null; now?: () => Date };

/**
 * Starts a full recompute of a segment as a background job (progress = profiles evaluated /
 * profiles of the workspace): every profile is evaluated in batches of 500, one transaction
 * each, and only differences are written (entries and exits with their change rows; segments
 * that read this one follow in the same batch). At the end memberCount is set from the rows and
 * computedAt stamped. One recompute per segment at a time (the job's exclusive key): a second
 * gets 409 naming the running job. Returns the job at once; `done` resolves when it ends.
 */
export async function startSegmentRecompute(db: Db, workspaceId: string, segmentId: string, options: TRecomputeOptions = {}): Promise<TStartedJob> {
  const segment = await db.segment.findFirst({ where: { id: segmentId, workspaceId }, select: { id: true, archivedAt: true } });
  if (!segment) throw notFound(`segment ${segmentId}`);
  if (segment.archivedAt) throw conflict("the segment is archived; archived segments are not recomputed");
  const total = await db.profile.count({ where: { workspaceId } });
  const clock = options.now ?? (() => new Date());
  try {
    return await startJob(db, { workspaceId, kind: "segmentRecompute", input: { segmentId }, total, createdById: options.createdById ?? null, exclusiveKey: `segmentRecompute:${segmentId}` }, (reporter) => recompute(db, workspaceId, segmentId, total, clock, reporter));
  } catch (error) {
    if (error instanceof JobBusyError) throw conflict(`a recompute of this segment is already running (job ${error.jobId})`, { jobId: error.jobId });
    throw error;
  }
}

async function definitionOf(db: Db, segmentId: string): Promise<string> {
  const row = await db.segment.findUnique({ where: { id: segmentId }, select: { definition: true, archivedAt: true } });
  if (!row || row.archivedAt) throw new Error("the segment was archived or deleted while it was being recomputed");
  return JSON.stringify(row.definition);
}

async function recompute(db: Db, workspaceId: string, segmentId: string, total: number, clock: () => Date, reporter: JobReporter): Promise<Record<string, unknown>> {
  let entered = 0;
  let exited = 0;
  let passes = 0;
  let changedDuringPass = true;
  while (changedDuringPass && passes < MAX_PASSES) {
    passes += 1;
    if (passes > 1) reporter.setTotal(total * passes);
    const before = await definitionOf(db, segmentId);
    const all = await loadActiveSegments(db, workspaceId);
    const ids = withDependents(all.map((s) => ({ id: s.id, refs: s.facts.segmentRefs })), [segmentId]);
    const segments = all.filter((s) => ids.has(s.id));
    const now = clock();
    let cursor: string | undefined;
    for (;;) {
      const batch = await db.profile.findMany({ where: { workspaceId, ...(cursor ? { id: { gt: cursor } } : {}) }, select: { id: true }, orderBy: { id: "asc" }, take: RECOMPUTE_BATCH });
      if (batch.length === 0) break;
      cursor = batch[batch.length - 1]?.id;
      const profileIds = batch.map((p) => p.id);
      const applied = await runSegmentTransaction(db, (tx) => applySegmentEvaluation(tx, { workspaceId, all, segments, profileIds, now }));
      const own = applied.bySegment.get(segmentId);
      entered += own?.entered ?? 0;
      exited += own?.exited ?? 0;
      await reporter.advance(batch.length);
    }
    changedDuringPass = (await definitionOf(db, segmentId)) !== before;
  }
  const members = await db.segmentMembership.count({ where: { segmentId, exitedAt: null } });
  await db.segment.update({ where: { id: segmentId }, data: { memberCount: members, computedAt: clock() } });
  return { entered, exited, members, passes };
}

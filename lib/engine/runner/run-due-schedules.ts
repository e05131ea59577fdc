import type { Db } from "../../db/client";
import { isUniqueViolation } from "../../journeys/retry-on-unique-violation";
import { commitSteps } from "./commit-steps";
import { dueFiring } from "./due-firing";
import { loadLiveTriggers, type TLiveTrigger } from "./load-live-triggers";
import { prepareEnrolments } from "./prepare-enrolments";

export type TRunDueSchedulesOptions = {
  now: Date;
  workspaceId?: string;
  /** Audience profiles per batch (one transaction each). */
  batchSize?: number;
  /** Batches per call across all runs; the next call resumes where the runs' counters say. */
  maxBatches?: number;
};

export type TSchedulesSummary = { fired: number; enrolled: number; skipped: number; sent: number; finished: number };

type TRunRow = { id: string; journeyId: string; versionId: string; scheduledFor: Date; enrolled: number; skipped: number; cursor: string | null };
const RUN_COLUMNS = { id: true, journeyId: true, versionId: true, scheduledFor: true, enrolled: true, skipped: true, cursor: true } as const;

/** Another runner advanced the run first: this batch rolls back and the run is read again. */
class RunAdvancedError extends Error {
  constructor() {
    super("schedule run advanced concurrently");
    this.name = "RunAdvancedError";
  }
}

/**
 * Claims each live schedule journey's due firing by inserting its JourneyScheduleRun: the unique
 * (journey, scheduledFor) lets exactly one runner create it; the others' inserts fail and move on.
 */
async function fireDue(db: Db, journeys: readonly TLiveTrigger<"schedule">[], now: Date): Promise<number> {
  let fired = 0;
  for (const { run, trigger, publishedAt } of journeys) {
    const scheduledFor = dueFiring(trigger.source, publishedAt, now);
    if (!scheduledFor) continue;
    const exists = await db.journeyScheduleRun.findUnique({ where: { journeyId_scheduledFor: { journeyId: run.journeyId, scheduledFor } }, select: { id: true } });
    if (exists) continue;
    try {
      await db.journeyScheduleRun.create({ data: { workspaceId: run.workspaceId, journeyId: run.journeyId, versionId: run.version.id, scheduledFor, status: "running", createdAt: now } });
      fired++;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return fired;
}

/**
 * The next audience page in profile id order, after the run's cursor (the last id it passed,
 * committed with the enrolments). Keyset, not OFFSET: profiles entering or leaving the audience
 * between pages (or across a crash) neither shift the pages into skipping nor into repeating
 * someone. A run from before the cursor existed resumes once by its counters.
 */
async function audiencePage(db: Db, journey: TLiveTrigger<"schedule">, row: TRunRow, take: number): Promise<string[]> {
  const { workspaceId } = journey.run;
  const segmentId = journey.trigger.source.audienceSegmentId;
  const legacyOffset = row.cursor === null ? row.enrolled + row.skipped : 0;
  const after = row.cursor === null ? {} : { gt: row.cursor };
  if (segmentId) {
    const rows = await db.segmentMembership.findMany({ where: { workspaceId, segmentId, exitedAt: null, ...(row.cursor === null ? {} : { profileId: after }) }, select: { profileId: true }, orderBy: { profileId: "asc" }, skip: legacyOffset, take });
    return rows.map((r) => r.profileId);
  }
  const rows = await db.profile.findMany({ where: { workspaceId, ...(row.cursor === null ? {} : { id: after }) }, select: { id: true }, orderBy: { id: "asc" }, skip: legacyOffset, take });
  return rows.map((r) => r.id);
}

/** Enrols one page of a run's audience and records the run's progress in the same transaction. */
async function advanceRun(db: Db, row: TRunRow, journey: TLiveTrigger<"schedule">, options: TRunDueSchedulesOptions): Promise<{ enrolled: number; skipped: number; sent: number; done: boolean }> {
  const batchSize = options.batchSize ?? 500;
  const profileIds = await audiencePage(db, journey, row, batchSize);
  const done = profileIds.length < batchSize;
  const { cron, timezone } = journey.trigger.source;
  const prepared = await prepareEnrolments(db, journey.run, profileIds, { now: options.now, entryReason: `entered on schedule ${cron} (${timezone}), firing of ${row.scheduledFor.toISOString()}` });
  let enrolled = 0;
  const committed = await commitSteps(db, prepared.items, {
    leaseOwner: null,
    now: options.now,
    refusals: prepared.refusals,
    // Progress is a compare-and-set on the cursor and counters this batch started from: of two
    // runners on one run, only the first commits a page; the other rolls back and re-reads.
    alsoInTransaction: async (tx, items) => {
      enrolled = items.length;
      const advanced = await tx.journeyScheduleRun.updateMany({
        where: { id: row.id, status: "running", cursor: row.cursor, enrolled: row.enrolled, skipped: row.skipped },
        data: { cursor: profileIds.at(-1) ?? row.cursor, enrolled: { increment: items.length }, skipped: { increment: profileIds.length - items.length }, ...(done ? { status: "done", finishedAt: options.now } : {}) },
      });
      if (advanced.count !== 1) throw new RunAdvancedError();
    },
  });
  return { enrolled, skipped: profileIds.length - enrolled, sent: committed.sent, done };
}

/**
 * Runs schedule triggers: each live journey whose trigger is `schedule` fires at its due firing
 * (the latest cron time ≤ now after the version was published; older missed firings are not
 * back-filled), claimed by inserting a JourneyScheduleRun. Then every `running` run — new ones
 * and ones a crashed runner left — enrols its audience (the segment's current members, or every
 * profile of the workspace) in pages of `batchSize`, re-entry policy and limits applying, each
 * page committed with the run's counters, until the audience is exhausted (status `done`). A run
 * of a journey that was republished since is closed; one of a paused journey waits.
 */
export async function runDueSchedules(db: Db, options: TRunDueSchedulesOptions): Promise<TSchedulesSummary> {
  const journeys = await loadLiveTriggers(db, "schedule", options.workspaceId ? { workspaceId: options.workspaceId } : {});
  const summary: TSchedulesSummary = { fired: await fireDue(db, journeys, options.now), enrolled: 0, skipped: 0, sent: 0, finished: 0 };
  const runs = await db.journeyScheduleRun.findMany({
    where: { status: "running", ...(options.workspaceId ? { workspaceId: options.workspaceId } : {}) },
    select: RUN_COLUMNS,
    orderBy: { scheduledFor: "asc" },
  });
  const byJourney = new Map(journeys.map((j) => [j.run.journeyId, j]));
  let batches = options.maxBatches ?? 20;
  for (const first of runs) {
    const journey = byJourney.get(first.journeyId);
    if (!journey) {
      const status = (await db.journey.findFirst({ where: { id: first.journeyId }, select: { status: true } }))?.status;
      // A paused journey's run waits for resume; republished with another trigger, or archived:
      // this firing belongs to a graph that no longer runs.
      if (status !== "paused") await db.journeyScheduleRun.updateMany({ where: { id: first.id, status: "running" }, data: { status: "done", finishedAt: options.now } });
      continue;
    }
    if (journey.run.version.id !== first.versionId) {
      await db.journeyScheduleRun.updateMany({ where: { id: first.id, status: "running" }, data: { status: "done", finishedAt: options.now } });
      continue;
    }
    let row: TRunRow | null = first;
    while (row && batches-- > 0) {
      try {
        const page = await advanceRun(db, row, journey, options);
        summary.enrolled += page.enrolled;
        summary.skipped += page.skipped;
        summary.sent += page.sent;
        if (page.done) summary.finished++;
      } catch (error) {
        if (!(error instanceof RunAdvancedError)) throw error;
      }
      row = await db.journeyScheduleRun.findFirst({ where: { id: row.id, status: "running" }, select: RUN_COLUMNS });
    }
  }
  return summary;
}

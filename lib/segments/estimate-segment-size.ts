import type { Db } from "../db/client";
import { evaluateDefinitions, draftDefinition } from "./evaluate-segment-for";
import type { TSegmentEstimate } from "./segment-schemas";
import { validateSegmentDefinition } from "./validate-segment-definition";
import { wilsonInterval } from "./wilson-interval";

export type TEstimateOptions = {
  now?: Date;
  /** workspaces with at most this many profiles are counted exactly (20,000) */
  exactUpTo?: number;
  /** profiles sampled beyond that (5,000) */
  sampleSize?: number;
};

/** Profiles evaluated per load: a few queries each (an ordered, limited query cannot be split by Prisma, and SQLite binds at most 999 parameters there). */
const ESTIMATE_BATCH = 500;
/** Profiles per page when every profile is counted. */
const RANGE_PAGE = 5_000;

async function countMembers(db: Db, workspaceId: string, raw: ReturnType<typeof draftDefinition>, profileIds: readonly string[], now: Date): Promise<number> {
  let members = 0;
  for (let start = 0; start < profileIds.length; start += ESTIMATE_BATCH) {
    const answers = await evaluateDefinitions(db, workspaceId, [], [raw], profileIds.slice(start, start + ESTIMATE_BATCH), now);
    for (const bySegment of answers.values()) if (bySegment.get(raw.id)?.member) members += 1;
  }
  return members;
}

/** Pages of the whole workspace by id range: a few queries per 5,000 profiles, no long IN lists. */
async function countAll(db: Db, workspaceId: string, segment: ReturnType<typeof draftDefinition>, now: Date): Promise<{ count: number; evaluated: number }> {
  let count = 0;
  let evaluated = 0;
  let cursor: string | undefined;
  for (;;) {
    const page = await db.profile.findMany({ where: { workspaceId, ...(cursor ? { id: { gt: cursor } } : {}) }, select: { id: true }, orderBy: { id: "asc" }, take: RANGE_PAGE });
    const from = page[0]?.id;
    const to = page[page.length - 1]?.id;
    if (from === undefined || to === undefined) break;
    cursor = to;
    const answers = await evaluateDefinitions(db, workspaceId, [], [segment], { from, to, count: page.length }, now);
    evaluated += answers.size;
    for (const bySegment of answers.values()) if (bySegment.get(segment.id)?.member) count += 1;
  }
  return { count, evaluated };
}

/**
 * How many profiles an (unsaved) definition matches, for the editor while the marketer types:
 * exact when the workspace has at most 20,000 profiles (all evaluated in batches), else from a
 * uniform random sample of 5,000 with a 95 % Wilson interval scaled to the population. Reads
 * only; the definition is validated as a save would (400 naming the path).
 */
export async function estimateSegmentSize(db: Db, workspaceId: string, rawDefinition: unknown, options: TEstimateOptions = {}): Promise<TSegmentEstimate> {
  const now = options.now ?? new Date();
  const definition = await validateSegmentDefinition(db, workspaceId, rawDefinition, null);
  const segment = draftDefinition(definition);
  const totalProfiles = await db.profile.count({ where: { workspaceId } });
  if (totalProfiles <= (options.exactUpTo ?? 20_000)) {
    const { count, evaluated } = await countAll(db, workspaceId, segment, now);
    return { count, exact: true, low: count, high: count, evaluated, totalProfiles };
  }
  const size = options.sampleSize ?? 5_000;
  // ORDER BY RANDOM() reads the workspace's ids once: fine at estimate sizes, on both databases.
  const sample = (await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Profile" WHERE "workspaceId" = ${workspaceId} ORDER BY RANDOM() LIMIT ${size}`).map((r) => r.id);
  const hits = await countMembers(db, workspaceId, segment, sample, now);
  const interval = wilsonInterval(hits, sample.length);
  return {
    count: Math.round((hits / Math.max(1, sample.length)) * totalProfiles),
    exact: false,
    low: Math.floor(interval.low * totalProfiles),
    high: Math.ceil(interval.high * totalProfiles),
    evaluated: sample.length,
    totalProfiles,
  };
}

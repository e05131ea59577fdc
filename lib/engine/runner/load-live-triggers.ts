import type { Db } from "../../db/client";
import type { TTriggerData, TTriggerSource } from "../../journey/nodes/trigger/schema";
import { lookupGraph } from "../graph-lookup";
import type { TJourneyVersion } from "../types";
import { loadRunVersions, type TRunVersion } from "./load-run-versions";

/** A live journey whose trigger is of kind `K`, with its running version and when that was published. */
export type TLiveTrigger<K extends TTriggerSource["kind"] = TTriggerSource["kind"]> = {
  run: TRunVersion;
  trigger: TTriggerData & { source: Extract<TTriggerSource, { kind: K }> };
  publishedAt: Date;
};

type TCachedVersion = { version: TJourneyVersion; publishedAt: Date };

// Published versions never change, so schedulers that look at every live journey on each tick
// parse each one once per process; only the (small) journey list is read every time.
const parsed = new Map<string, TCachedVersion>();
const CACHE_LIMIT = 2_000;

async function loadVersions(db: Db, ids: readonly string[]): Promise<void> {
  const missing = ids.filter((id) => !parsed.has(id));
  if (missing.length === 0) return;
  const [{ versions }, published] = await Promise.all([
    loadRunVersions(db, missing),
    db.journeyVersion.findMany({ where: { id: { in: missing } }, select: { id: true, publishedAt: true } }),
  ]);
  if (parsed.size + missing.length > CACHE_LIMIT) parsed.clear();
  const at = new Map(published.map((p) => [p.id, p.publishedAt]));
  for (const [id, run] of versions) parsed.set(id, { version: run.version, publishedAt: at.get(id) ?? new Date(0) });
}

/**
 * The live journeys (optionally of one workspace) whose trigger is of `kind`, with their parsed
 * live versions. Versions that no longer parse are left out (their enrollments exit when stepped).
 */
export async function loadLiveTriggers<K extends TTriggerSource["kind"]>(db: Db, kind: K, where: { workspaceId?: string } = {}): Promise<TLiveTrigger<K>[]> {
  const journeys = await db.journey.findMany({
    where: { status: "live", liveVersionId: { not: null }, ...(where.workspaceId ? { workspaceId: where.workspaceId } : {}) },
    select: { id: true, workspaceId: true, name: true, liveVersionId: true },
  });
  await loadVersions(db, journeys.flatMap((j) => (j.liveVersionId ? [j.liveVersionId] : [])));
  const live: TLiveTrigger<K>[] = [];
  for (const journey of journeys) {
    const cached = journey.liveVersionId ? parsed.get(journey.liveVersionId) : undefined;
    if (!cached) continue;
    const trigger = lookupGraph(cached.version.graph).trigger();
    if (trigger?.type !== "trigger" || trigger.data.source.kind !== kind) continue;
    live.push({
      run: { version: cached.version, workspaceId: journey.workspaceId, journeyId: journey.id, journeyName: journey.name, journeyStatus: "live" },
      trigger: trigger.data as TLiveTrigger<K>["trigger"],
      publishedAt: cached.publishedAt,
    });
  }
  return live;
}

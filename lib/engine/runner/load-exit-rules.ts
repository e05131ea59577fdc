import type { Db } from "../../db/client";
import { parseJourneySettings } from "../../journey/settings";
import { definitionFacts, type TDefinitionFacts } from "../../segments/definition-facts";

/** A published version (of a live or paused journey) with exit criteria, and what they read. */
export type TExitRule = { versionId: string; journeyId: string; facts: TDefinitionFacts };

type TCached = { loadedAt: number; rules: TExitRule[] };

/**
 * How long a process trusts what it loaded. Publishing in this process forgets the workspace's
 * entry at once (`forgetExitRules`); another process (a second server) sees a newly published
 * journey with exit criteria within this time.
 */
const TTL_MS = 10_000;
const cache = new Map<string, TCached>();

/**
 * The versions of the workspace's live and paused journeys (older ones included: their
 * enrollments still run) whose settings have exit criteria, with the facts the criteria read.
 * Cached per process for a few seconds: every identify, consent change and update-profile step
 * asks, and the usual answer is "none" — which must cost no query on the ingest path.
 */
export async function loadExitRules(db: Db, workspaceId: string, wallClock: number = Date.now()): Promise<TExitRule[]> {
  const cached = cache.get(workspaceId);
  if (cached && wallClock - cached.loadedAt < TTL_MS) return cached.rules;
  const rows = await db.journeyVersion.findMany({
    where: { workspaceId, journey: { status: { in: ["live", "paused"] } } },
    select: { id: true, journeyId: true, settings: true },
  });
  const rules: TExitRule[] = [];
  for (const row of rows) {
    const parsed = parseJourneySettings(row.settings);
    if (parsed.ok && parsed.settings.exitCriteria) rules.push({ versionId: row.id, journeyId: row.journeyId, facts: definitionFacts(parsed.settings.exitCriteria) });
  }
  if (cache.size > 10_000) cache.clear();
  cache.set(workspaceId, { loadedAt: wallClock, rules });
  return rules;
}

/** Drops what this process remembers about a workspace's exit criteria (publishing changed them). */
export function forgetExitRules(workspaceId: string): void {
  cache.delete(workspaceId);
}

import type { TSegmentDb } from "./load-segment-contexts";

export type TJourneyRef = { id: string; name: string; status: string };

/** Who reads each segment: journeys (draft or live version) and, separately, running journeys. */
export type TSegmentUsage = { journeys: TJourneyRef[]; running: TJourneyRef[] };

/** Segment ids named anywhere in a graph or settings JSON (`segmentId`, `audienceSegmentId`, …). */
export function segmentIdsIn(value: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (depth > 200 || !value || typeof value !== "object") return out;
  if (Array.isArray(value)) {
    for (const item of value) segmentIdsIn(item, out, depth + 1);
    return out;
  }
  for (const [key, child] of Object.entries(value)) {
    if (typeof child === "string" && /segmentId$/i.test(key)) out.add(child);
    else segmentIdsIn(child, out, depth + 1);
  }
  return out;
}

/**
 * For every segment of the workspace, the journeys (not archived) whose draft or live version
 * names it — a trigger on entry, a scheduled audience, a condition — and, among them, those
 * running it now (live or paused, by their live version). Two queries per workspace.
 */
export async function findSegmentUsage(client: TSegmentDb, workspaceId: string): Promise<Map<string, TSegmentUsage>> {
  const journeys = await client.journey.findMany({ where: { workspaceId, status: { not: "archived" } }, select: { id: true, name: true, status: true, draft: true, settings: true, liveVersionId: true }, orderBy: { name: "asc" } });
  const liveIds = journeys.flatMap((j) => (j.liveVersionId ? [j.liveVersionId] : []));
  const versions = liveIds.length > 0 ? await client.journeyVersion.findMany({ where: { workspaceId, id: { in: liveIds } }, select: { id: true, graph: true, settings: true } }) : [];
  const versionById = new Map(versions.map((v) => [v.id, v]));
  const usage = new Map<string, TSegmentUsage>();
  const entry = (id: string): TSegmentUsage => {
    const found = usage.get(id);
    if (found) return found;
    const created: TSegmentUsage = { journeys: [], running: [] };
    usage.set(id, created);
    return created;
  };
  for (const journey of journeys) {
    const ref = { id: journey.id, name: journey.name, status: journey.status };
    const live = journey.liveVersionId ? versionById.get(journey.liveVersionId) : undefined;
    const liveIdsOf = live ? segmentIdsIn([live.graph, live.settings]) : new Set<string>();
    const all = segmentIdsIn([journey.draft, journey.settings], new Set(liveIdsOf));
    for (const id of all) entry(id).journeys.push(ref);
    if (journey.status === "live" || journey.status === "paused") for (const id of liveIdsOf) entry(id).running.push(ref);
  }
  return usage;
}

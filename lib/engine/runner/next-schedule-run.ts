import type { Db } from "../../db/client";
import { parseGraph } from "../../journey/parse-graph";
import { lookupGraph } from "../graph-lookup";
import { nextFiring } from "./due-firing";

/**
 * When a live schedule journey fires next (its live version's cron in its time zone, after now
 * and after publishing), as ISO time; null for other triggers, paused or draft journeys.
 */
export async function nextScheduleRun(db: Db, workspaceId: string, journey: { status: string; liveVersionId: string | null }, now: Date): Promise<string | null> {
  if (journey.status !== "live" || !journey.liveVersionId) return null;
  const version = await db.journeyVersion.findFirst({ where: { id: journey.liveVersionId, workspaceId }, select: { graph: true, publishedAt: true } });
  const graph = version ? parseGraph(version.graph) : null;
  if (!version || !graph?.ok) return null;
  const trigger = lookupGraph(graph.graph).trigger();
  if (trigger?.type !== "trigger" || trigger.data.source.kind !== "schedule") return null;
  const after = now.getTime() > version.publishedAt.getTime() ? now : version.publishedAt;
  return nextFiring(trigger.data.source, after)?.toISOString() ?? null;
}

import { db } from "../db/client";
import type { TTemplateJourneyRef } from "./template-schemas";

/**
 * Template ids the message nodes of a stored graph send. Reads the raw JSON rather than parsing
 * the graph: a draft that no longer parses still references its templates.
 */
export function templateIdsInGraph(graph: unknown): Set<string> {
  const ids = new Set<string>();
  const nodes = (graph as { nodes?: unknown } | null)?.nodes;
  if (!Array.isArray(nodes)) return ids;
  for (const node of nodes) {
    const { type, data } = (node ?? {}) as { type?: unknown; data?: { templateId?: unknown } };
    if (type === "message" && typeof data?.templateId === "string") ids.add(data.templateId);
  }
  return ids;
}

/**
 * Which journeys send which template: the drafts of journeys that are not archived, and the live
 * version of any journey that has one (enrollments may still be sending from it). Two queries for
 * the whole workspace, counted in memory, so lists never query per template.
 */
export async function findTemplateUsage(workspaceId: string): Promise<Map<string, TTemplateJourneyRef[]>> {
  const journeys = await db.journey.findMany({
    where: { workspaceId },
    select: { id: true, name: true, status: true, draft: true, liveVersionId: true },
    orderBy: { name: "asc" },
  });
  const liveVersionIds = journeys.flatMap((j) => (j.liveVersionId ? [j.liveVersionId] : []));
  const liveVersions = liveVersionIds.length
    ? await db.journeyVersion.findMany({ where: { workspaceId, id: { in: liveVersionIds } }, select: { id: true, graph: true } })
    : [];
  const liveGraphs = new Map(liveVersions.map((v) => [v.id, v.graph]));

  const usage = new Map<string, TTemplateJourneyRef[]>();
  for (const journey of journeys) {
    const ids = journey.status === "archived" ? new Set<string>() : templateIdsInGraph(journey.draft);
    if (journey.liveVersionId) for (const id of templateIdsInGraph(liveGraphs.get(journey.liveVersionId))) ids.add(id);
    for (const id of ids) {
      const list = usage.get(id) ?? [];
      list.push({ id: journey.id, name: journey.name, status: journey.status });
      usage.set(id, list);
    }
  }
  return usage;
}

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

type TVersionRow = { id: string; journeyId: string; version: number };

/**
 * Older published versions (not the live one) that still have active or waiting enrollments,
 * with how many: the runner steps them on their own version, so their message steps may still
 * send. One grouped count over the running enrollments of journeys that have older versions.
 */
async function runningOldVersions(workspaceId: string, liveIds: ReadonlySet<string>): Promise<Map<string, TVersionRow & { enrollments: number }>> {
  const old = (await db.journeyVersion.findMany({ where: { workspaceId }, select: { id: true, journeyId: true, version: true } })).filter((v) => !liveIds.has(v.id));
  if (old.length === 0) return new Map();
  const counts = await db.enrollment.groupBy({
    by: ["versionId"],
    // journeyId + state lead an index, so this reads running enrollments of those journeys only
    where: { journeyId: { in: [...new Set(old.map((v) => v.journeyId))] }, state: { in: ["active", "waiting"] }, workspaceId, versionId: { in: old.map((v) => v.id) } },
    _count: { _all: true },
  });
  const byId = new Map(old.map((v) => [v.id, v]));
  const running = new Map<string, TVersionRow & { enrollments: number }>();
  for (const row of counts) {
    const version = byId.get(row.versionId);
    if (version && row._count._all > 0) running.set(version.id, { ...version, enrollments: row._count._all });
  }
  return running;
}

/**
 * Which journeys send which template: the drafts of journeys that are not archived, the live
 * version of any journey that has one, and older versions that still have running enrollments
 * (named in `runningVersions` with their count): deleting a template any of them sends would
 * fail those sends. A handful of queries for the whole workspace, counted in memory, so lists
 * never query per template.
 */
export async function findTemplateUsage(workspaceId: string): Promise<Map<string, TTemplateJourneyRef[]>> {
  const journeys = await db.journey.findMany({
    where: { workspaceId },
    select: { id: true, name: true, status: true, draft: true, liveVersionId: true },
    orderBy: { name: "asc" },
  });
  const liveIds = new Set(journeys.flatMap((j) => (j.liveVersionId ? [j.liveVersionId] : [])));
  const running = await runningOldVersions(workspaceId, liveIds);
  const graphIds = [...liveIds, ...running.keys()];
  const versions = graphIds.length ? await db.journeyVersion.findMany({ where: { workspaceId, id: { in: graphIds } }, select: { id: true, graph: true } }) : [];
  const graphs = new Map(versions.map((v) => [v.id, v.graph]));
  const runningByJourney = new Map<string, (TVersionRow & { enrollments: number })[]>();
  for (const version of running.values()) runningByJourney.set(version.journeyId, [...(runningByJourney.get(version.journeyId) ?? []), version]);

  const usage = new Map<string, TTemplateJourneyRef[]>();
  for (const journey of journeys) {
    const ids = journey.status === "archived" ? new Set<string>() : templateIdsInGraph(journey.draft);
    if (journey.liveVersionId) for (const id of templateIdsInGraph(graphs.get(journey.liveVersionId))) ids.add(id);
    const old = (runningByJourney.get(journey.id) ?? []).sort((a, b) => a.version - b.version).map((v) => ({ ...v, templates: templateIdsInGraph(graphs.get(v.id)) }));
    for (const id of new Set([...ids, ...old.flatMap((v) => [...v.templates])])) {
      const runningVersions = old.filter((v) => v.templates.has(id)).map((v) => ({ version: v.version, enrollments: v.enrollments }));
      const list = usage.get(id) ?? [];
      list.push({ id: journey.id, name: journey.name, status: journey.status, ...(runningVersions.length > 0 ? { runningVersions } : {}) });
      usage.set(id, list);
    }
  }
  return usage;
}

import { db } from "../db/client";
import { notFound } from "../errors";
import { diffGraphs } from "../journey/diff-graphs";
import type { TJourneyGraph, TJourneyNode } from "../journey/graph";
import { parseJourneySettings } from "../journey/settings";
import type { TDiffNode, TDraftDiff } from "./lifecycle-schemas";
import { readStoredGraph, safeSummary } from "./read-stored-graph";
import { isSameJson } from "./same-json";

/**
 * What publishing the draft now would change compared with the live (or paused) version: steps
 * added, removed and changed, each with its card summary. Before the first publish every draft
 * step counts as added. `diffGraphs` compares step type and settings; a step whose outgoing
 * connections were rewired also counts as changed here, because that changes where customers
 * go next. Moving cards changes nothing.
 */
export async function diffDraftAgainstLive(workspaceId: string, id: string): Promise<TDraftDiff> {
  const journey = await db.journey.findFirst({ where: { id, workspaceId }, select: { draft: true, settings: true, liveVersionId: true } });
  if (!journey) throw notFound(`journey ${id}`);
  const live = journey.liveVersionId
    ? await db.journeyVersion.findFirst({ where: { id: journey.liveVersionId, workspaceId }, select: { version: true, graph: true, settings: true } })
    : null;
  const draft = readStoredGraph(journey.draft);
  if (!live) return { liveVersion: null, added: draft.nodes.map((node) => describe(node)), removed: [], changed: [], unchanged: false };

  const before = readStoredGraph(live.graph);
  const diff = diffGraphs(before, draft);
  const beforeById = new Map(before.nodes.map((node) => [node.id, node]));
  const rewired = draft.nodes.filter((node) => beforeById.has(node.id) && outgoing(before, node.id) !== outgoing(draft, node.id)).map((node) => node.id);
  const changedIds = new Set([...diff.changed, ...rewired]);
  const draftSettings = parseJourneySettings(journey.settings);
  return {
    liveVersion: live.version,
    added: draft.nodes.filter((node) => diff.added.includes(node.id)).map((node) => describe(node)),
    removed: before.nodes.filter((node) => diff.removed.includes(node.id)).map((node) => describe(node)),
    // Draft order, so the list reads top to bottom like the canvas.
    changed: draft.nodes.filter((node) => changedIds.has(node.id)).map((node) => describe(node, beforeById.get(node.id))),
    unchanged: isSameJson(live.graph, draft) && draftSettings.ok && isSameJson(live.settings, draftSettings.settings),
  };
}

function describe(node: TJourneyNode, previous?: TJourneyNode): TDiffNode {
  const summary = safeSummary(node);
  const previousSummary = previous ? safeSummary(previous) : undefined;
  return { id: node.id, type: node.type, summary, ...(previousSummary !== undefined && previousSummary !== summary && { previousSummary }) };
}

/** A node's outgoing connections as one comparable string: "handle→target" pairs, sorted. */
function outgoing(graph: TJourneyGraph, nodeId: string): string {
  return graph.edges
    .filter((edge) => edge.source === nodeId)
    .map((edge) => `${edge.sourceHandle}→${edge.target}`)
    .sort()
    .join("|");
}

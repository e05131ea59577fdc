import { db } from "../db/client";
import type { TJourneyGraph } from "../journey/graph";
import { getJourney } from "../journeys/get-journey";
import { readStoredGraph } from "../journeys/read-stored-graph";

export type TPreviewPageVersion = { version: number; live: boolean; publishedAt: string; graph: TJourneyGraph };

export type TPreviewContextData = {
  journey: { id: string; name: string; status: string; liveVersion: number | null };
  /** the draft's graph as stored (read leniently: a draft with errors still previews up to its first broken step) */
  draft: TJourneyGraph;
  /** published versions, newest first, each with the graph the canvas draws for it */
  versions: TPreviewPageVersion[];
  /** active subscription topics, for "what if she had unsubscribed from Offers" */
  topics: { id: string; name: string }[];
  /** template names by id, to name message steps in the assumptions */
  templateNames: Record<string, string>;
};

/**
 * What the path preview page draws besides the preview itself: the journey, the draft's and every
 * published version's graph (the canvas shows whichever version is previewed; the preview API
 * answers with the path, not the graph), the topics a hypothetical customer can be given, and
 * the template names that name message steps.
 */
export async function loadPreviewContext(workspaceId: string, journeyId: string): Promise<TPreviewContextData> {
  const journey = await getJourney(workspaceId, journeyId);
  const [versions, topics, templates] = await Promise.all([
    db.journeyVersion.findMany({ where: { journeyId, workspaceId }, orderBy: { version: "desc" }, select: { id: true, version: true, publishedAt: true, graph: true } }),
    db.topic.findMany({ where: { workspaceId, archivedAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
    db.template.findMany({ where: { workspaceId }, select: { id: true, name: true } }),
  ]);
  return {
    journey: { id: journey.id, name: journey.name, status: journey.status, liveVersion: journey.liveVersion },
    draft: readStoredGraph(journey.graph),
    versions: versions.map((v) => ({ version: v.version, live: v.id === journey.liveVersionId, publishedAt: v.publishedAt.toISOString(), graph: readStoredGraph(v.graph) })),
    topics,
    templateNames: Object.fromEntries(templates.map((t) => [t.id, t.name])),
  };
}

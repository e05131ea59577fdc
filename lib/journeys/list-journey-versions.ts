import { db } from "../db/client";
import { notFound } from "../errors";
import type { TJourneyVersionSummary } from "./lifecycle-schemas";

/**
 * A journey's published versions, newest first, with who published them and how many steps
 * each had. The graphs themselves stay in the database: a history list never needs them all.
 */
export async function listJourneyVersions(workspaceId: string, id: string): Promise<TJourneyVersionSummary[]> {
  const journey = await db.journey.findFirst({ where: { id, workspaceId }, select: { liveVersionId: true } });
  if (!journey) throw notFound(`journey ${id}`);
  const versions = await db.journeyVersion.findMany({
    where: { journeyId: id, workspaceId },
    orderBy: { version: "desc" },
    select: { id: true, version: true, publishedAt: true, graph: true, author: { select: { id: true, name: true, email: true } } },
  });
  return versions.map((v) => {
    const nodes = (v.graph as { nodes?: unknown } | null)?.nodes;
    return {
      id: v.id,
      version: v.version,
      publishedAt: v.publishedAt.toISOString(),
      author: v.author,
      nodeCount: Array.isArray(nodes) ? nodes.length : 0,
      live: v.id === journey.liveVersionId,
    };
  });
}

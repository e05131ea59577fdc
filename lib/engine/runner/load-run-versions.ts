import type { Db } from "../../db/client";
import { parseGraph } from "../../journey/parse-graph";
import { parseJourneySettings } from "../../journey/settings";
import type { TJourneyVersion } from "../types";

/** A published version ready to run, with what the runner needs of its journey. */
export type TRunVersion = {
  version: TJourneyVersion;
  workspaceId: string;
  journeyId: string;
  journeyName: string;
  journeyStatus: string;
};

/** Why a version cannot run, by version id (the runner exits its enrollments with it). */
export type TVersionProblem = { versionId: string; reason: string };

/**
 * Published versions by id, in one query with their journeys, re-validated (graph and settings
 * are stored JSON). A version that no longer parses comes back as a problem, not a throw.
 */
export async function loadRunVersions(db: Db, versionIds: readonly string[]): Promise<{ versions: Map<string, TRunVersion>; problems: Map<string, TVersionProblem> }> {
  // no query for nothing: the ingest path asks on every request, usually with no live journey
  if (versionIds.length === 0) return { versions: new Map(), problems: new Map() };
  const rows = await db.journeyVersion.findMany({
    where: { id: { in: [...new Set(versionIds)] } },
    select: { id: true, workspaceId: true, journeyId: true, graph: true, settings: true, journey: { select: { name: true, status: true } } },
  });
  const versions = new Map<string, TRunVersion>();
  const problems = new Map<string, TVersionProblem>();
  for (const row of rows) {
    const graph = parseGraph(row.graph);
    const settings = parseJourneySettings(row.settings);
    if (!graph.ok) problems.set(row.id, { versionId: row.id, reason: `published graph is damaged (${graph.path}: ${graph.message})` });
    else if (!settings.ok) problems.set(row.id, { versionId: row.id, reason: `published settings are damaged (${settings.path}: ${settings.message})` });
    else
      versions.set(row.id, {
        version: { id: row.id, graph: graph.graph, settings: settings.settings },
        workspaceId: row.workspaceId,
        journeyId: row.journeyId,
        journeyName: row.journey.name,
        journeyStatus: row.journey.status,
      });
  }
  return { versions, problems };
}

import { parseGraph } from "../journey/parse-graph";
import type { TJourneyGraph } from "../journey/graph";
import { ZJourneyStatus, type TJourneySummary } from "./journey-schemas";

export interface TJourneyRow {
  id: string;
  name: string;
  description: string;
  status: string;
  draft: unknown;
  settings: unknown;
  revision: number;
  liveVersionId: string | null;
  createdAt: Date;
  updatedAt: Date;
  archivedAt: Date | null;
  owner: { id: string; name: string; email: string } | null;
  /** number of the version `liveVersionId` names, when the caller looked it up (see load-journey-detail.ts) */
  liveVersionNumber?: number | null;
}

export interface TJourneyDetail extends TJourneySummary {
  graph: TJourneyGraph;
  settings: Record<string, unknown>;
  /** false when the stored graph no longer parses (it is then returned as stored, for repair) */
  graphValid: boolean;
}

/** List form of a journey row. */
export function toJourneySummary(row: TJourneyRow): TJourneySummary {
  const nodes = (row.draft as { nodes?: unknown } | null)?.nodes;
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    status: ZJourneyStatus.catch("draft").parse(row.status),
    revision: row.revision,
    liveVersionId: row.liveVersionId,
    liveVersion: row.liveVersionNumber ?? null,
    owner: row.owner ? { id: row.owner.id, name: row.owner.name, email: row.owner.email } : null,
    nodeCount: Array.isArray(nodes) ? nodes.length : 0,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

/** Full form, with the stored graph re-validated on the way out. */
export function toJourneyDetail(row: TJourneyRow): TJourneyDetail {
  const parsed = parseGraph(row.draft);
  return {
    ...toJourneySummary(row),
    graph: parsed.ok ? parsed.graph : (row.draft as TJourneyGraph),
    graphValid: parsed.ok,
    settings: (row.settings ?? {}) as Record<string, unknown>,
  };
}

export const JOURNEY_INCLUDE = { owner: { select: { id: true, name: true, email: true } } } as const;

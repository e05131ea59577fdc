import { db } from "../db/client";
import { describeJourneyNodes } from "./describe-journey-nodes";

const STEPS_PER_ENROLLMENT = 200;

/** One enrollment as the profile page shows it. */
export interface TProfileJourney {
  id: string;
  journeyId: string;
  journeyName: string;
  version: number;
  state: string;
  currentNodeId: string | null;
  /** "Wait · 24 hours" — the node type and its summary, from the version the profile runs on */
  currentNodeLabel: string | null;
  wakeAt: string | null;
  waitingFor: string | null;
  enteredAt: string;
  exitedAt: string | null;
  exitReason: string | null;
  convertedAt: string | null;
  steps: { id: string; at: string; nodeId: string; nodeLabel: string; action: string; reason: string; handle: string | null }[];
}

/**
 * Every enrollment of a profile, newest first (up to `limit`), with the journey name, version
 * number, the node it stands on by name, and its step log (oldest first) with reasons — one
 * query with the versions' graphs joined, so node names come from the version that ran.
 */
export async function listProfileJourneys(workspaceId: string, profileId: string, limit = 50): Promise<TProfileJourney[]> {
  const rows = await db.enrollment.findMany({
    where: { workspaceId, profileId },
    orderBy: [{ enteredAt: "desc" }, { id: "desc" }],
    take: limit,
    include: {
      journey: { select: { name: true } },
      version: { select: { version: true, graph: true } },
      steps: { orderBy: [{ at: "asc" }, { id: "asc" }], take: STEPS_PER_ENROLLMENT },
    },
  });
  return rows.map((row) => {
    const labels = describeJourneyNodes(row.version.graph);
    const nodeLabel = (id: string) => labels.get(id) ?? id;
    return {
      id: row.id,
      journeyId: row.journeyId,
      journeyName: row.journey.name,
      version: row.version.version,
      state: row.state,
      currentNodeId: row.currentNodeId,
      currentNodeLabel: row.currentNodeId ? nodeLabel(row.currentNodeId) : null,
      wakeAt: row.wakeAt?.toISOString() ?? null,
      waitingFor: row.waitingFor,
      enteredAt: row.enteredAt.toISOString(),
      exitedAt: row.exitedAt?.toISOString() ?? null,
      exitReason: row.exitReason,
      convertedAt: row.convertedAt?.toISOString() ?? null,
      steps: row.steps.map((s) => ({ id: s.id, at: s.at.toISOString(), nodeId: s.nodeId, nodeLabel: nodeLabel(s.nodeId), action: s.action, reason: s.reason, handle: s.handle })),
    };
  });
}

import { db } from "../db/client";
import type { z } from "zod";
import type { TEnrollmentDto, ZListEnrollmentsQuery } from "./enrollment-schemas";

/**
 * Enrollments of the workspace, newest first, filtered by journey, profile and state, each with
 * where it stands (current node, wake time, awaited event) and its step log with reasons.
 */
export async function listEnrollments(workspaceId: string, query: z.output<typeof ZListEnrollmentsQuery>): Promise<TEnrollmentDto[]> {
  const rows = await db.enrollment.findMany({
    where: { workspaceId, ...(query.journeyId ? { journeyId: query.journeyId } : {}), ...(query.profileId ? { profileId: query.profileId } : {}), ...(query.state ? { state: query.state } : {}) },
    orderBy: [{ enteredAt: "desc" }, { id: "asc" }],
    take: query.limit,
    include: { journey: { select: { name: true } }, steps: { orderBy: [{ at: "asc" }, { id: "asc" }], take: 200 } },
  });
  return rows.map((row) => ({
    id: row.id,
    journeyId: row.journeyId,
    journeyName: row.journey.name,
    versionId: row.versionId,
    profileId: row.profileId,
    state: row.state,
    currentNodeId: row.currentNodeId,
    wakeAt: row.wakeAt?.toISOString() ?? null,
    waitingFor: row.waitingFor,
    enteredAt: row.enteredAt.toISOString(),
    exitedAt: row.exitedAt?.toISOString() ?? null,
    exitReason: row.exitReason,
    convertedAt: row.convertedAt?.toISOString() ?? null,
    steps: row.steps.map((s) => ({ at: s.at.toISOString(), nodeId: s.nodeId, nodeType: s.nodeType, action: s.action, reason: s.reason, handle: s.handle })),
  }));
}

import type { z } from "zod";
import { db } from "../db/client";
import { decodeCursor, encodeCursor } from "../profiles/page-cursor";
import { STEPS_PER_ENROLLMENT, type TEnrollmentDto, type ZListEnrollmentsQuery } from "./enrollment-schemas";
import { readStepPage } from "./read-step-page";

/**
 * Enrollments of the workspace, newest first, filtered by journey, profile and state, a page at a
 * time (keyset cursor on entry time, then id). Each carries where it stands (current node, wake
 * time, awaited event), the first STEPS_PER_ENROLLMENT lines of its step log with reasons, how
 * many lines the log has, and the cursor for the rest (GET /api/v1/enrollments/:id/steps).
 */
export async function listEnrollments(workspaceId: string, query: z.output<typeof ZListEnrollmentsQuery>): Promise<{ enrollments: TEnrollmentDto[]; nextCursor: string | null }> {
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const rows = await db.enrollment.findMany({
    where: {
      workspaceId,
      ...(query.journeyId ? { journeyId: query.journeyId } : {}),
      ...(query.profileId ? { profileId: query.profileId } : {}),
      ...(query.state ? { state: query.state } : {}),
      ...(after ? { OR: [{ enteredAt: { lt: after.at } }, { enteredAt: after.at, id: { gt: after.id } }] } : {}),
    },
    orderBy: [{ enteredAt: "desc" }, { id: "asc" }],
    take: query.limit + 1,
    include: { journey: { select: { name: true } } },
  });
  const page = rows.slice(0, query.limit);
  const ids = page.map((row) => row.id);
  // Counts for these enrollments only (a relation _count would group the whole StepLog table),
  // and each first page by its own indexed query (a nested `take` loads every line, then slices).
  const [counts, firstPages] = await Promise.all([
    ids.length > 0 ? db.stepLog.groupBy({ by: ["enrollmentId"], where: { enrollmentId: { in: ids } }, _count: { _all: true } }) : [],
    Promise.all(ids.map((id) => readStepPage(db, id, null, STEPS_PER_ENROLLMENT))),
  ]);
  const countOf = new Map(counts.map((c) => [c.enrollmentId, c._count._all]));
  const last = page.at(-1);
  return {
    enrollments: page.map((row, i) => ({
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
      steps: firstPages[i]?.steps ?? [],
      stepCount: countOf.get(row.id) ?? 0,
      stepsNextCursor: firstPages[i]?.nextCursor ?? null,
    })),
    nextCursor: rows.length > query.limit && last ? encodeCursor({ at: last.enteredAt, id: last.id }) : null,
  };
}

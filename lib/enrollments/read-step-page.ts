import type { Db } from "../db/client";
import { encodeCursor, type TPageCursor } from "../profiles/page-cursor";
import type { TStepLogLine } from "./enrollment-schemas";

/**
 * One page of an enrollment's step log, oldest first, after `after` (keyset: by time, then id,
 * so the many lines one commit writes at the same instant page without gaps or repeats).
 * `nextCursor` is null on the last page. One indexed query (`StepLog(enrollmentId, at)`).
 */
export async function readStepPage(db: Db, enrollmentId: string, after: TPageCursor | null, limit: number): Promise<{ steps: TStepLogLine[]; nextCursor: string | null }> {
  const rows = await db.stepLog.findMany({
    where: { enrollmentId, ...(after ? { OR: [{ at: { gt: after.at } }, { at: after.at, id: { gt: after.id } }] } : {}) },
    orderBy: [{ at: "asc" }, { id: "asc" }],
    take: limit + 1,
    select: { id: true, at: true, nodeId: true, nodeType: true, action: true, reason: true, handle: true },
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    steps: page.map((s) => ({ id: s.id, at: s.at.toISOString(), nodeId: s.nodeId, nodeType: s.nodeType, action: s.action, reason: s.reason, handle: s.handle })),
    nextCursor: rows.length > limit && last ? encodeCursor({ at: last.at, id: last.id }) : null,
  };
}

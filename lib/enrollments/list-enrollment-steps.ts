import { db } from "../db/client";
import { notFound } from "../errors";
import { decodeCursor } from "../profiles/page-cursor";
import type { TStepPageQuery } from "./enrollment-schemas";
import { readStepPage } from "./read-step-page";

/**
 * A page of one enrollment's step log, oldest first, for GET /api/v1/enrollments/:id/steps. An
 * id of another workspace, or one no stored id can be (empty, very long, holding a NUL, which
 * PostgreSQL refuses as text), is a 404; a cursor this API did not hand out is a 400 naming
 * `query.cursor`.
 */
export async function listEnrollmentSteps(workspaceId: string, enrollmentId: string, query: TStepPageQuery) {
  if (enrollmentId.length === 0 || enrollmentId.length > 200 || enrollmentId.includes("\u0000")) throw notFound("enrollment");
  const after = query.cursor ? decodeCursor(query.cursor) : null;
  const enrollment = await db.enrollment.findFirst({ where: { id: enrollmentId, workspaceId }, select: { id: true } });
  if (!enrollment) throw notFound("enrollment");
  return readStepPage(db, enrollment.id, after, query.limit);
}

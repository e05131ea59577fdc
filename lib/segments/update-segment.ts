import type { Db } from "../db/client";
import { asJson } from "../db/json";
import { conflict, DomainError, notFound } from "../errors";
import { isUniqueViolation, requireFreeName } from "./create-segment";
import { getSegment } from "./get-segment";
import type { TSegmentDetail, TUpdateSegmentBody } from "./segment-schemas";
import { startSegmentRecompute } from "./start-segment-recompute";
import { validateSegmentDefinition } from "./validate-segment-definition";

/**
 * Renames, re-describes or redefines a segment. A changed definition starts a recompute (or, when
 * one is running, that job notices the change and makes another pass). Archived segments are
 * read-only (409).
 */
export async function updateSegment(db: Db, workspaceId: string, id: string, userId: string | null, input: TUpdateSegmentBody): Promise<TSegmentDetail> {
  const row = await db.segment.findFirst({ where: { id, workspaceId }, select: { definition: true, archivedAt: true } });
  if (!row) throw notFound(`segment ${id}`);
  if (row.archivedAt) throw conflict("the segment is archived and can no longer be edited");
  const definition = input.definition === undefined ? undefined : await validateSegmentDefinition(db, workspaceId, input.definition, id);
  if (input.name !== undefined) await requireFreeName(db, workspaceId, input.name, id);
  const redefined = definition !== undefined && JSON.stringify(definition) !== JSON.stringify(row.definition);
  try {
    await db.segment.update({
      where: { id },
      data: { ...(input.name !== undefined && { name: input.name }), ...(input.description !== undefined && { description: input.description }), ...(redefined && { definition: asJson(definition) }) },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict(`a segment named "${input.name ?? ""}" already exists; choose another name`, { path: "name" });
    throw error;
  }
  if (redefined) {
    try {
      await startSegmentRecompute(db, workspaceId, id, { createdById: userId });
    } catch (error) {
      // A running recompute re-reads the definition when its pass ends and goes again.
      if (!(error instanceof DomainError && error.kind === "conflict")) throw error;
    }
  }
  return getSegment(db, workspaceId, id);
}
